"""Use cases: the only way the UI and the command line change data.

`app.services.container.Services` bundles one service per area over an open database. This
package file stays empty so that importing a DTO doesn't load SQLAlchemy.
"""
