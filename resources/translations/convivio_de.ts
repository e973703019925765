<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Connect to Team Database…</source>
        <translation>Mit Team-Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Add a new record to the list shown (Ctrl+N)</source>
        <translation>Einen neuen Eintrag in der angezeigten Liste anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Guest List</source>
        <translation>&amp;Gästeliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Import Guest List…</source>
        <translation>Gästeliste &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Check-in Mode</source>
        <translation>&amp;Check-in-Modus</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Calendar In&amp;vites…</source>
        <translation>&amp;Kalendereinladungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Import Calendar &amp;Replies…</source>
        <translation>Kalender&amp;antworten importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Badges…</source>
        <translation>&amp;Namensschilder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Place Cards…</source>
        <translation>&amp;Tischkarten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Export Calendar &amp;Feed…</source>
        <translation>Kalender-Feed e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Host Sheet…</source>
        <translation>Gastgeber&amp;blatt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>A PDF for the venue's host about the selected event</source>
        <translation>Ein PDF für den Gastgeber des Veranstaltungsorts zur ausgewählten Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;About Convivio</source>
        <translation>Ü&amp;ber Convivio</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Add people to the core</source>
        <translation>Personen zur Kerngruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Search by name, e-mail or organization</source>
        <translation>Nach Name, E-Mail oder Organisation suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>People with a tag</source>
        <translation>Personen mit einem Schlagwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Came to similar events</source>
        <translation>Bei ähnlichen Veranstaltungen dabei</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Haven't seen in a while</source>
        <translation>Lange nicht gesehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>more than </source>
        <translation>seit mehr als </translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>&amp;Add to core</source>
        <translation>&amp;Zur Kerngruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Narrow down…</source>
        <translation>Bitte eingrenzen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>%n person found</source>
        <translation>%n Person gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>%n people found</source>
        <translation>%n Personen gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>No one else has this tag.</source>
        <translation>Niemand sonst hat dieses Schlagwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>No one has come to an event of this kind yet.</source>
        <translation>Noch niemand war bei einer Veranstaltung dieser Art.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Everyone you know was seen more recently than that.</source>
        <translation>Alle, die Sie kennen, haben Sie vor Kurzem gesehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>No one found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>(People already on this core aren't listed.)</source>
        <translation>(Personen, die schon in dieser Kerngruppe sind, werden nicht angezeigt.)</translation>
    </message>
</context>
<context>
    <name>AssistRoutes</name>
    <message>
        <location filename="../../app/ui/assist_routes.py"/>
        <source>Select an event first, then use the Event menu.</source>
        <translation>Wählen Sie zuerst eine Veranstaltung aus und nutzen Sie dann das Menü „Veranstaltung“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assist_routes.py"/>
        <source>Add the event, then choose Event → Import Guest List… (Ctrl+Shift+I).</source>
        <translation>Legen Sie die Veranstaltung an und wählen Sie dann Veranstaltung → Gästeliste importieren… (Strg+Umschalt+I).</translation>
    </message>
</context>
<context>
    <name>BadgeOptionsForm</name>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Place cards (folded tent cards)</source>
        <translation>Tischkarten (gefaltete Aufsteller)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Label stock</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Check-in code (scan at the door)</source>
        <translation>Check-in-Code (am Einlass scannen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Contact card (vCard)</source>
        <translation>Visitenkarte (vCard)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>No QR code</source>
        <translation>Kein QR-Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Role stripe (host, speaker, core, staff, guest)</source>
        <translation>Rollenstreifen (Gastgeber, Speaker, Kern, Team, Gast)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Two-sided (names on the back, for flip badges)</source>
        <translation>Beidseitig (Namen auch auf der Rückseite, für Wendeschilder)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Number tables and seats in list order</source>
        <translation>Tische und Plätze in Listenreihenfolge nummerieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source> per table</source>
        <translation> pro Tisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Seats per table</source>
        <translation>Plätze pro Tisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Outline each label</source>
        <translation>Umriss jedes Etiketts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Crop marks</source>
        <translation>Schnittmarken</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Alignment Test Sheet</source>
        <translation>Ausrichtungs-Testblatt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>One page with every label's outline and centre: print it on plain paper, hold it against a label sheet, and correct the offset</source>
        <translation>Eine Seite mit Umriss und Mitte jedes Etiketts: auf Normalpapier drucken, gegen einen Etikettenbogen halten und den Versatz korrigieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Stock:</source>
        <translation>Bogen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>QR code:</source>
        <translation>QR-Code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Place cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Down</source>
        <translation>Unten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Offset:</source>
        <translation>Versatz:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>%1 per sheet · %2 · %3 paper</source>
        <translation>%1 pro Bogen · %2 · Papier %3</translation>
    </message>
</context>
<context>
    <name>BadgeOutput</name>
    <message>
        <location filename="../../app/ui/dialogs/badge_output.py"/>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_output.py"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_output.py"/>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Badges and Place Cards</source>
        <translation>Namensschilder und Tischkarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Print at 100% (“Actual size”): turn off “Fit to page” and “Shrink oversized pages”, or the print will not line up with the labels and cards.</source>
        <translation>Mit 100 % drucken („Tatsächliche Größe“): „An Seite anpassen“ und „Übergroße Seiten verkleinern“ ausschalten, sonst passt der Druck nicht auf die Etiketten und Karten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>People:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The guest selected in the guest list</source>
        <translation>Der in der Gästeliste ausgewählte Gast</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The %n guests selected in the guest list</source>
        <translation>Die %n in der Gästeliste ausgewählten Gäste</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Everyone going</source>
        <translation>Alle mit Zusage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Everyone checked in</source>
        <translation>Alle Eingecheckten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Everyone who hasn't declined</source>
        <translation>Alle, die nicht abgesagt haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Going, maybe, invited, waitlisted or pending approval</source>
        <translation>Zugesagt, vielleicht, eingeladen, auf der Warteliste oder wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n person</source>
        <translation>%n Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n people</source>
        <translation>%n Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n sheet</source>
        <translation>%n Bogen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n sheets</source>
        <translation>%n Bögen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Choose an event.</source>
        <translation>Wählen Sie eine Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Nobody is going to this event yet.</source>
        <translation>Für diese Veranstaltung hat noch niemand zugesagt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Nobody has checked in yet.</source>
        <translation>Noch niemand ist eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The guest list is empty, or everyone declined.</source>
        <translation>Die Gästeliste ist leer, oder alle haben abgesagt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The first sheet, exactly as it will print</source>
        <translation>Der erste Bogen, genau wie er gedruckt wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The preview could not be made.</source>
        <translation>Die Vorschau konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Place cards</source>
        <translation>Tischkarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Alignment test</source>
        <translation>Ausrichtungstest</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Save the alignment test sheet</source>
        <translation>Ausrichtungs-Testblatt speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n page</source>
        <translation>%n Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n pages</source>
        <translation>%n Seiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Saved %1 to %2.</source>
        <translation>%1 gespeichert unter %2.</translation>
    </message>
</context>
<context>
    <name>CalendarFeedDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Export Calendar Feed</source>
        <translation>Kalender-Feed exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>A calendar file of your events without any guests, to put on a website or share: calendars that subscribe to it pick up changes and cancellations.</source>
        <translation>Eine Kalenderdatei Ihrer Veranstaltungen ohne Gäste, zum Veröffentlichen auf einer Website oder zum Teilen: Kalender, die sie abonnieren, übernehmen Änderungen und Absagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Only public events that have been announced</source>
        <translation>Nur öffentliche, bereits angekündigte Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>events.ics</source>
        <translation>veranstaltungen.ics</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Choose a file name.</source>
        <translation>Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Writing the calendar feed…</source>
        <translation>Kalender-Feed wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Save the calendar feed</source>
        <translation>Kalender-Feed speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>%n event</source>
        <translation>%n Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>%n events</source>
        <translation>%n Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Wrote %1 to %2.</source>
        <translation>%1 geschrieben nach %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Events they said they'd come to and didn't</source>
        <translation>Veranstaltungen, zu denen sie zugesagt hatten und nicht kamen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Last note</source>
        <translation>Letzte Notiz</translation>
    </message>
</context>
<context>
    <name>CapacityChoice</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Let everyone marked going in, over capacity</source>
        <translation>Alle mit Zusage einlassen, über die Kapazität hinaus</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>They are marked as beyond capacity, like hosts and speakers seated on purpose.</source>
        <translation>Sie werden als über der Kapazität markiert, wie bewusst platzierte Gastgeber und Speaker.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>The event is full (capacity %1): %n guest marked going will join the waitlist, in the file's order.</source>
        <translation>Die Veranstaltung ist voll (Kapazität %1): %n Gast mit Zusage kommt auf die Warteliste, in der Reihenfolge der Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>The event is full (capacity %1): %n guests marked going will join the waitlist, in the file's order.</source>
        <translation>Die Veranstaltung ist voll (Kapazität %1): %n Gäste mit Zusage kommen auf die Warteliste, in der Reihenfolge der Datei.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../app/ui/core/card_delegate.py"/>
        <source>Follow up %1</source>
        <translation>Nachfassen %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/card_delegate.py"/>
        <source>%n no-show</source>
        <translation>%n× gefehlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/card_delegate.py"/>
        <source>%n no-shows</source>
        <translation>%n× gefehlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/card_delegate.py"/>
        <source>asked %1</source>
        <translation>angefragt %1</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Type a name, e-mail or company — or scan a badge</source>
        <translation>Name, E-Mail oder Firma eingeben – oder ein Namensschild scannen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Find a guest</source>
        <translation>Gast finden</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>The guest list stays hidden until you type (people in the queue can see the screen). Press Enter to check in the top match.</source>
        <translation>Die Gästeliste bleibt verborgen, bis Sie tippen (Wartende können den Bildschirm sehen). Mit der Eingabetaste checken Sie den ersten Treffer ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Undo check-in</source>
        <translation>Check-in rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Walk-in…</source>
        <translation>Ohne Anmeldung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Someone not on the list: add and check them in</source>
        <translation>Jemand, der nicht auf der Liste steht: hinzufügen und einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Leave check-in</source>
        <translation>Check-in verlassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Check-in: choose an event first</source>
        <translation>Check-in: Wählen Sie zuerst eine Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Check-in · %1 · %2</source>
        <translation>Check-in · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Nobody on the list matches “%1”. Someone new? Use “Walk-in…” at the top.</source>
        <translation>Niemand auf der Liste passt zu „%1“. Jemand Neues? Nutzen Sie oben „Ohne Anmeldung…“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>%1 is already in (since %2).</source>
        <translation>%1 ist schon da (seit %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Walk-in %1</source>
        <translation>%1 ohne Anmeldung einlassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Check in %1</source>
        <translation>%1 einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>✓ %1 is in.</source>
        <translation>✓ %1 ist da.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>With %n guest.</source>
        <translation>Mit %n Begleitung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>With %n guests.</source>
        <translation>Mit %n Begleitungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Seated beyond capacity.</source>
        <translation>Über die Kapazität hinaus platziert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>✓ %1 added as a walk-in and checked in.</source>
        <translation>✓ %1 ohne Anmeldung hinzugefügt und eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Undo check-in of %1</source>
        <translation>Check-in von %1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Check-in of %1 taken back.</source>
        <translation>Check-in von %1 zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>checked in of %1 expected  ·  %2</source>
        <translation>eingecheckt von %1 erwarteten  ·  %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>with %n guest</source>
        <translation>mit %n Begleitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>with %n guests</source>
        <translation>mit %n Begleitungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>✓ in since %1</source>
        <translation>✓ da seit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <location filename="../../app/ui/checkin_window.py"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Someone else changed this</source>
        <translation>Jemand anderes hat dies geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>%1 saved a change to this record while you were editing it. Choose, for each field, which value to keep.</source>
        <translation>%1 hat diesen Eintrag geändert, während Sie ihn bearbeitet haben. Wählen Sie für jedes Feld, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>A teammate</source>
        <translation>Jemand aus dem Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Version&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deren Version&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Keep yours: %1</source>
        <translation>Ihre behalten: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Take theirs: %1</source>
        <translation>Deren übernehmen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Keep all mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Take all theirs</source>
        <translation>Alle deren übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Person to add</source>
        <translation>Hinzuzufügende Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Role, e.g. Facilities</source>
        <translation>Rolle, z. B. Haustechnik</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Add &amp;contact</source>
        <translation>&amp;Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>What was said, what's next…</source>
        <translation>Was besprochen wurde, wie es weitergeht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Wiedervorlage am</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>Follow-up date</source>
        <translation>Datum der Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>&amp;How:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>CoreActions</name>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>&amp;Add people…</source>
        <translation>Personen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Find people to ask for this event's core (Insert)</source>
        <translation>Personen finden, die Sie für die Kerngruppe dieser Veranstaltung anfragen (Einfg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>← Move &amp;left</source>
        <translation>← Nach &amp;links</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Move &amp;right →</source>
        <translation>Nach &amp;rechts →</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Write a &amp;message…</source>
        <translation>&amp;Nachricht schreiben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Open &amp;person</source>
        <translation>&amp;Person öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Re&amp;move from core…</source>
        <translation>Aus der Kerngruppe &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>&amp;List view</source>
        <translation>&amp;Listenansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Move t&amp;o</source>
        <translation>Verschieben &amp;nach</translation>
    </message>
</context>
<context>
    <name>CoreBoard</name>
    <message>
        <location filename="../../app/ui/core/board.py"/>
        <source>%1 column</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/board.py"/>
        <source>No one here yet</source>
        <translation>Hier ist noch niemand</translation>
    </message>
</context>
<context>
    <name>CoreEventsModel</name>
    <message>
        <location filename="../../app/ui/models/core_events.py"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_events.py"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
</context>
<context>
    <name>CorePanel</name>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Filter cards by name, organization…</source>
        <translation>Karten nach Name, Organisation filtern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Core candidates</source>
        <translation>Kandidaten für die Kerngruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>No upcoming events. Plan one in Events, then build its core.</source>
        <translation>Keine anstehenden Veranstaltungen. Planen Sie eine unter „Veranstaltungen“ und bauen Sie dann ihre Kerngruppe auf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>To %1, about “%2”</source>
        <translation>An %1, wegen „%2“</translation>
    </message>
</context>
<context>
    <name>CoreProgressHeader</name>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Core progress</source>
        <translation>Fortschritt der Kerngruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Core target</source>
        <translation>Ziel für die Kerngruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>How many people should commit before you announce</source>
        <translation>Wie viele Personen zusagen sollen, bevor Sie ankündigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Core &amp;target:</source>
        <translation>Kern&amp;ziel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>&amp;Announce…</source>
        <translation>An&amp;kündigen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Set the event's status to announced</source>
        <translation>Status der Veranstaltung auf „Angekündigt“ setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>%1 committed</source>
        <translation>%1 zugesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>%1 of %2 committed</source>
        <translation>%1 von %2 zugesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>This event is announced.</source>
        <translation>Diese Veranstaltung ist angekündigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Set a core target to see how close you are to announcing.</source>
        <translation>Legen Sie ein Ziel für die Kerngruppe fest, um zu sehen, wie nah Sie an der Ankündigung sind.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Ready to announce ✓</source>
        <translation>Bereit zur Ankündigung ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>%n more to go before you announce.</source>
        <translation>Noch %n bis zur Ankündigung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Start by adding people to ask.</source>
        <translation>Fügen Sie zuerst Personen hinzu, die Sie anfragen möchten.</translation>
    </message>
</context>
<context>
    <name>CoreVerbs</name>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Add %1 to the core</source>
        <translation>%1 zur Kerngruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Add %n person</source>
        <translation>%n Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Add %n people</source>
        <translation>%n Personen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Take %1 off this event's core list? Your conversations stay in their history. You can undo this.</source>
        <translation>%1 von der Kerngruppe dieser Veranstaltung nehmen? Ihre Gespräche bleiben im Verlauf. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Remove from core</source>
        <translation>Aus der Kerngruppe entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Remove %1 from the core</source>
        <translation>%1 aus der Kerngruppe entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Move %1 from “%2” to “%3”.</source>
        <translation>%1 von „%2“ nach „%3“ verschieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Move %1 to “%2”</source>
        <translation>%1 nach „%2“ verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Reorder the core board</source>
        <translation>Kern-Tafel neu ordnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Set the core target to %1</source>
        <translation>Ziel für die Kerngruppe auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Remove the core target</source>
        <translation>Ziel für die Kerngruppe entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Announce “%1”</source>
        <translation>„%1“ ankündigen</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Going</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Seats left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>(%1 offered)</source>
        <translation>(%1 angeboten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>People going with their guests; %1 beyond capacity on purpose</source>
        <translation>Zugesagte Personen mit ihren Begleitungen; %1 bewusst über der Kapazität</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>%1 already exists. Choose Open Database to use it.</source>
        <translation>%1 gibt es schon. Wählen Sie „Datenbank öffnen“, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Password not remembered</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>This system has no keyring to keep the password safely, so Convivio will ask for it next time.</source>
        <translation>Dieses System hat keinen Schlüsselbund, um das Passwort sicher aufzubewahren. Convivio fragt beim nächsten Mal wieder danach.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Choose a Convivio database</source>
        <translation>Convivio-Datenbank auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Convivio databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Convivio-Datenbanken (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Restore the newest backup, taken %1?</source>
        <translation>Die neueste Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>A team database on a server is backed up by the server's administrator.</source>
        <translation>Eine Team-Datenbank auf einem Server wird von dessen Administration gesichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Replace the database with this backup? Changes made since then are set aside with the current file, which is kept in the backups folder.</source>
        <translation>Die Datenbank durch diese Sicherung ersetzen? Änderungen seit damals werden mit der aktuellen Datei beiseitegelegt, die im Sicherungsordner aufbewahrt wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>DietaryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Dietary summary</source>
        <translation>Ernährungsübersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Needs for the caterer</source>
        <translation>Bedarf für das Catering</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>%n person going</source>
        <translation>%n Person mit Zusage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>%n people going</source>
        <translation>%n Personen mit Zusage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>plus %n guest</source>
        <translation>plus %n Begleitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>plus %n guests</source>
        <translation>plus %n Begleitungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>No dietary needs: %1</source>
        <translation>Keine Ernährungswünsche: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Their guests, needs unknown: %1</source>
        <translation>Ihre Begleitungen, Bedarf unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>No dietary needs</source>
        <translation>Keine Ernährungswünsche</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Their guests (needs unknown)</source>
        <translation>Ihre Begleitungen (Bedarf unbekannt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Copied: paste it into a message to the caterer.</source>
        <translation>Kopiert: Fügen Sie es in eine Nachricht an das Catering ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>dietary</source>
        <translation>ernaehrung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Export the dietary summary</source>
        <translation>Ernährungsübersicht exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>EventChooser</name>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>All-day (dates only)</source>
        <translation>Ganztägig (nur Datum)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>None</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>How many people to confirm one to one before announcing the event</source>
        <translation>Wie viele Personen Sie persönlich bestätigen, bevor Sie die Veranstaltung ankündigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>No venue yet</source>
        <translation>Noch kein Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Entrance, what to bring, accessibility…</source>
        <translation>Eingang, was mitzubringen ist, Barrierefreiheit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Public: include in the published calendar feed</source>
        <translation>Öffentlich: in den veröffentlichten Kalender-Feed aufnehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>St&amp;arts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>C&amp;ore target:</source>
        <translation>Ziel für den Ker&amp;n:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Setup and &amp;AV needs:</source>
        <translation>Aufbau und &amp;Technik:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Contact on the da&amp;y:</source>
        <translation>Ansprech&amp;person vor Ort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>A&amp;genda:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Practical info:</source>
        <translation>Prakt&amp;ische Hinweise:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Web page:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Any room</source>
        <translation>Beliebiger Raum</translation>
    </message>
</context>
<context>
    <name>EventOverview</name>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Edit Event…</source>
        <translation>Veranstaltung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Host Sheet…</source>
        <translation>Gastgeberblatt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>A PDF for the venue's host: times, headcount, needs, contact, guest list</source>
        <translation>Ein PDF für den Gastgeber des Veranstaltungsorts: Zeiten, Personenzahl, Bedarf, Ansprechperson, Gästeliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Guest List…</source>
        <translation>Gästeliste…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Check-in Mode…</source>
        <translation>Check-in-Modus…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Calendar Invites…</source>
        <translation>Kalendereinladungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Badges…</source>
        <translation>Namensschilder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Name badges and dinner place cards, ready to print</source>
        <translation>Namensschilder und Tischkarten, bereit zum Drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Core Board…</source>
        <translation>Kern-Tafel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Confirm the early attendees one to one</source>
        <translation>Die ersten Teilnehmenden persönlich bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Select an event to see it here.</source>
        <translation>Wählen Sie eine Veranstaltung, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>%1 going</source>
        <translation>%1 Zusagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>%1 going of %2 seats</source>
        <translation>%1 Zusagen bei %2 Plätzen</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Search events by title, kind, status, venue or time zone</source>
        <translation>Veranstaltungen nach Titel, Art, Status, Ort oder Zeitzone suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>%n event</source>
        <translation>%n Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>%n events</source>
        <translation>%n Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>%1 of %n event</source>
        <translation>%1 von %n Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>%1 of %n events</source>
        <translation>%1 von %n Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>No event matches your search.</source>
        <translation>Keine Veranstaltung passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>No events yet. Plan one with New (Ctrl+N).</source>
        <translation>Noch keine Veranstaltungen. Planen Sie eine mit „Neu“ (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Show History…</source>
        <translation>Verlauf anzeigen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Delete “%1” and its guest list? You can undo this.</source>
        <translation>„%1“ samt Gästeliste löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Delete %n events and their guest lists? You can undo this.</source>
        <translation>%n Veranstaltungen samt Gästelisten löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Delete %n events</source>
        <translation>%n Veranstaltungen löschen</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Going</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>People going, with their guests, of the capacity</source>
        <translation>Zugesagte Personen mit Begleitungen, von der Kapazität</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Early attendees committed or confirmed, of the target</source>
        <translation>Zugesagte oder bestätigte erste Teilnehmende, vom Ziel</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>GuestDetails</name>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>e.g. vegan; no nuts</source>
        <translation>z. B. vegan; keine Nüsse</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>e.g. step-free entrance</source>
        <translation>z. B. stufenloser Eingang</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Guests:</source>
        <translation>Begleitungen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Dietary:</source>
        <translation>Ernährung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Accessibility:</source>
        <translation>Barrierefreiheit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>No guest selected</source>
        <translation>Kein Gast ausgewählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Select a guest to see and change their details.</source>
        <translation>Wählen Sie einen Gast, um die Angaben zu sehen und zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Check-in code: %1</source>
        <translation>Check-in-Code: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Checked in %1</source>
        <translation>Eingecheckt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Reconfirmed %1</source>
        <translation>Erneut bestätigt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>GuestImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Import a guest list</source>
        <translation>Gästeliste importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Guests as they will be imported</source>
        <translation>Gäste, wie sie importiert werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Lines that can't be imported</source>
        <translation>Zeilen, die nicht importiert werden können</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Merge every guest with a single match</source>
        <translation>Jeden Gast mit genau einem Treffer zusammenführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>These guests have the same name as people you already know, but no matching e-mail or platform id. Say who each one is; nobody is merged by a guess.</source>
        <translation>Diese Gäste heißen wie Personen, die Sie schon kennen, haben aber keine passende E-Mail-Adresse oder Plattform-ID. Geben Sie an, wer wer ist; nichts wird auf Verdacht zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Guest lists (%1);;All files (*)</source>
        <translation>Gästelisten (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>encoding %1</source>
        <translation>Kodierung %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%n line</source>
        <translation>%n Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%n lines</source>
        <translation>%n Zeilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Choose the column that holds the guests' names.</source>
        <translation>Wählen Sie die Spalte mit den Namen der Gäste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Reading the file again…</source>
        <translation>Die Datei wird erneut gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%1 guests ready to import.</source>
        <translation>%1 Gäste bereit zum Import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%1 lines can't be imported (listed below).</source>
        <translation>%1 Zeilen können nicht importiert werden (siehe unten).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Looking for known people…</source>
        <translation>Bekannte Personen werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%n guest</source>
        <translation>%n Gast</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%n guests</source>
        <translation>%n Gäste</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>GuestPreviewModel</name>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Guests</source>
        <translation>Begleitungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Came</source>
        <translation>Gekommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Dietary</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>GuestVerbs</name>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>%n guest</source>
        <translation>%n Gast</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>%n guests</source>
        <translation>%n Gäste</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Guests</source>
        <translation>Begleitungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Dietary</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Check-in code</source>
        <translation>Check-in-Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Checked in at</source>
        <translation>Eingecheckt um</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Reconfirmed at</source>
        <translation>Erneut bestätigt am</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Waitlist position</source>
        <translation>Platz auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Beyond capacity</source>
        <translation>Über der Kapazität</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Mark %1 as “%2”</source>
        <translation>%1 als „%2“ markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Make %1 %2</source>
        <translation>%1 zu %2 machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Offer a seat to %1</source>
        <translation>%1 einen Platz anbieten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>The free seat is offered to %1. Give it to %2 instead? %1 keeps their place on the waitlist.</source>
        <translation>Der freie Platz ist %1 angeboten. Stattdessen %2 geben? %1 behält den Platz auf der Warteliste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Out of turn</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Give the seat</source>
        <translation>Platz vergeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Only guests holding an offer can confirm it.</source>
        <translation>Nur Gäste mit einem Angebot können es bestätigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Confirm the seat of %1</source>
        <translation>Platz von %1 bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Seat %1</source>
        <translation>%1 einen Platz geben</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Hosts, speakers and staff can be seated beyond capacity: set the role.</source>
        <translation>Gastgeber, Speaker und Team können über die Kapazität hinaus platziert werden: Legen Sie die Rolle fest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>%1 Seat %2 beyond capacity anyway?</source>
        <translation>%1 %2 trotzdem über die Kapazität hinaus platzieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Seat anyway</source>
        <translation>Trotzdem platzieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Seat %1 beyond capacity</source>
        <translation>%1 über die Kapazität hinaus platzieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Clear reconfirmation of %1</source>
        <translation>Erneute Bestätigung von %1 zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>%1 reconfirmed</source>
        <translation>%1 erneut bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Take %1 off the guest list? You can undo this.</source>
        <translation>%1 von der Gästeliste nehmen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Remove %1 from the guest list</source>
        <translation>%1 von der Gästeliste entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Edit the RSVP of %1</source>
        <translation>Antwort von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>guests</source>
        <translation>gaeste</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Export the guest list</source>
        <translation>Gästeliste exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Exported %n guest to %1.</source>
        <translation>%n Gast nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Exported %n guests to %1.</source>
        <translation>%n Gäste nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>GuestsPanel</name>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>%n guest</source>
        <translation>%n Gast</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>%n guests</source>
        <translation>%n Gäste</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>%1 of %n guest</source>
        <translation>%1 von %n Gast</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>%1 of %n guests</source>
        <translation>%1 von %n Gästen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Going</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Invited, no answer</source>
        <translation>Eingeladen, keine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Going, not reconfirmed</source>
        <translation>Zugesagt, nicht erneut bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Needs (food, access)</source>
        <translation>Bedarf (Essen, Zugang)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Guest list</source>
        <translation>Gästeliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Seat</source>
        <translation>Platz geben</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Give the selected guests a seat by hand</source>
        <translation>Den ausgewählten Gästen von Hand einen Platz geben</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Offer seat</source>
        <translation>Platz anbieten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Offer free seats to the selected waiting guests, out of turn</source>
        <translation>Den ausgewählten Wartenden freie Plätze außer der Reihe anbieten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Confirm offer</source>
        <translation>Angebot bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>The guest took the seat offered</source>
        <translation>Der Gast hat den angebotenen Platz angenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Reconfirmed</source>
        <translation>Erneut bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Mark (or unmark) that the selected guests confirmed again</source>
        <translation>Markieren (oder nicht mehr), dass die ausgewählten Gäste erneut zugesagt haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Import a guest list from Luma, Meetup…</source>
        <translation>Eine Gästeliste aus Luma, Meetup… importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Save the guest list as a CSV file</source>
        <translation>Die Gästeliste als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Dietary summary…</source>
        <translation>Ernährungsübersicht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Needs for the caterer, with names</source>
        <translation>Bedarf für das Catering, mit Namen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Check-in mode</source>
        <translation>Check-in-Modus</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>The door: check guests in</source>
        <translation>Der Einlass: Gäste einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Search guests by name, e-mail, organization or check-in code</source>
        <translation>Gäste nach Name, E-Mail, Organisation oder Check-in-Code suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Choose an event to see its guest list.</source>
        <translation>Wählen Sie eine Veranstaltung, um ihre Gästeliste zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>No guest matches your search.</source>
        <translation>Kein Gast passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>No guests here yet. Import a guest list (Luma, Meetup, Eventbrite…).</source>
        <translation>Noch keine Gäste. Importieren Sie eine Gästeliste (Luma, Meetup, Eventbrite…).</translation>
    </message>
</context>
<context>
    <name>GuestsTableModel</name>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Guests</source>
        <translation>Begleitungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Dietary</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Reconfirmed</source>
        <translation>Erneut bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Plan the event</source>
        <translation>Die Veranstaltung planen</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>In &lt;b&gt;Events&lt;/b&gt;, add what, when and where, and how many seats there are. It stays a draft while you gather your core.</source>
        <translation>Legen Sie unter &lt;b&gt;Veranstaltungen&lt;/b&gt; fest, was, wann und wo stattfindet und wie viele Plätze es gibt. Sie bleibt ein Entwurf, während Sie Ihre Kerngruppe zusammenstellen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Confirm a core</source>
        <translation>Eine Kerngruppe bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Before announcing, ask a few people one to one. In &lt;b&gt;Core&lt;/b&gt;, set how many you need, add candidates, and move each one from &lt;i&gt;to ask&lt;/i&gt; to &lt;i&gt;confirmed&lt;/i&gt; as you talk. Log each conversation as you go.</source>
        <translation>Fragen Sie vor der Ankündigung einige Personen persönlich. Legen Sie unter &lt;b&gt;Kern&lt;/b&gt; fest, wie viele Sie brauchen, fügen Sie Kandidaten hinzu und verschieben Sie jede Person im Gespräch von &lt;i&gt;Anfragen&lt;/i&gt; nach &lt;i&gt;Bestätigt&lt;/i&gt;. Halten Sie jedes Gespräch gleich fest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Announce</source>
        <translation>Ankündigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>When enough of the core has committed, set the event to &lt;i&gt;Announced&lt;/i&gt;. Convivio tells you if the core is still short, and the confirmed core appear on the guest list as going.</source>
        <translation>Wenn genug aus der Kerngruppe zugesagt haben, setzen Sie die Veranstaltung auf &lt;i&gt;Angekündigt&lt;/i&gt;. Convivio sagt Ihnen, wenn die Kerngruppe noch nicht vollständig ist, und die bestätigte Kerngruppe steht als zugesagt auf der Gästeliste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Add guests in &lt;b&gt;Guests&lt;/b&gt;, or bring a list from Luma, Meetup or Eventbrite with &lt;b&gt;Event → Import Guest List&lt;/b&gt;. Then choose &lt;b&gt;Event → Calendar Invites&lt;/b&gt; to send invitations people can add to their calendars. Their answers come back with &lt;b&gt;Import Calendar Replies&lt;/b&gt; and show up in the &lt;b&gt;Guest List&lt;/b&gt;.</source>
        <translation>Fügen Sie Gäste unter &lt;b&gt;Gäste&lt;/b&gt; hinzu oder übernehmen Sie eine Liste aus Luma, Meetup oder Eventbrite mit &lt;b&gt;Veranstaltung → Gästeliste importieren&lt;/b&gt;. Wählen Sie dann &lt;b&gt;Veranstaltung → Kalendereinladungen&lt;/b&gt;, um Einladungen zu verschicken, die man in den eigenen Kalender übernehmen kann. Die Antworten kommen mit &lt;b&gt;Kalenderantworten importieren&lt;/b&gt; zurück und erscheinen in der &lt;b&gt;Gästeliste&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Print badges</source>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&lt;b&gt;Event → Badges&lt;/b&gt; prints name badges and place cards on common label sheets, each with a code to scan at the door. Set your usual labels and printer offset in &lt;b&gt;Preferences&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Veranstaltung → Namensschilder&lt;/b&gt; druckt Namensschilder und Tischkarten auf gängige Etikettenbögen, jedes mit einem Code zum Scannen am Einlass. Ihre üblichen Etiketten und den Druckerversatz legen Sie in den &lt;b&gt;Einstellungen&lt;/b&gt; fest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Check guests in</source>
        <translation>Gäste einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>At the door, open &lt;b&gt;Event → Check-in Mode&lt;/b&gt;. Type a few letters of a name or scan a badge, and press Enter. Walk-ins can be added on the spot.</source>
        <translation>Öffnen Sie am Einlass &lt;b&gt;Veranstaltung → Check-in-Modus&lt;/b&gt;. Tippen Sie ein paar Buchstaben eines Namens oder scannen Sie ein Namensschild und drücken Sie die Eingabetaste. Gäste ohne Anmeldung lassen sich direkt hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&lt;b&gt;Today&lt;/b&gt; lists who to thank and who to check in with after each event, follow-ups that are due, and people you haven't talked to in a while.</source>
        <translation>&lt;b&gt;Heute&lt;/b&gt; zeigt, wem Sie nach jeder Veranstaltung danken und bei wem Sie sich melden sollten, fällige Wiedervorlagen und Personen, mit denen Sie lange nicht gesprochen haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&amp;Show Me</source>
        <translation>Zeig es &amp;mir</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Choose &lt;b&gt;Event → Calendar Invites&lt;/b&gt; to send invitations people can add to their calendars. Their answers come back with &lt;b&gt;Import Calendar Replies&lt;/b&gt; and show up in the &lt;b&gt;Guest List&lt;/b&gt;.</source>
        <translation type="vanished">Wählen Sie &lt;b&gt;Veranstaltung → Kalendereinladungen&lt;/b&gt;, um Einladungen zu verschicken, die man in den eigenen Kalender übernehmen kann. Die Antworten kommen mit &lt;b&gt;Kalenderantworten importieren&lt;/b&gt; zurück und erscheinen in der &lt;b&gt;Gästeliste&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>No changes have been recorded yet.</source>
        <translation>Es wurden noch keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
</context>
<context>
    <name>HostSheetExport</name>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Save the host sheet</source>
        <translation>Gastgeberblatt speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Writing the host sheet…</source>
        <translation>Gastgeberblatt wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Saved the host sheet to %1.</source>
        <translation>Gastgeberblatt unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>It includes the guest list: hand it to building security only.</source>
        <translation>Es enthält die Gästeliste: Geben Sie es nur dem Sicherheitspersonal des Gebäudes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Host sheet</source>
        <translation>Gastgeberblatt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>InviteOptions</name>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Also write e-mail drafts (.eml) to send from your mail program</source>
        <translation>Außerdem E-Mail-Entwürfe (.eml) zum Versand aus Ihrem Mailprogramm schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source> minutes before the start</source>
        <translation> Minuten vor Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Reminder minutes</source>
        <translation>Minuten bis zur Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Folder for the calendar files</source>
        <translation>Ordner für die Kalenderdateien</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Calendar Invites</source>
        <translation>Kalendereinladungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>What to send</source>
        <translation>Was verschickt wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Guests and what they get</source>
        <translation>Gäste und was sie bekommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Save “Add to Calendar” File…</source>
        <translation>„Zum Kalender hinzufügen“-Datei speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>One file for anyone to add the event to their calendar (no invitation)</source>
        <translation>Eine Datei, mit der jeder die Veranstaltung in den eigenen Kalender übernehmen kann (keine Einladung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>update %1</source>
        <translation>Aktualisierung %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Invitations to everyone invited (%1)</source>
        <translation>Einladungen an alle Eingeladenen (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Only guests without the current invitation (%1)</source>
        <translation>Nur Gäste ohne aktuelle Einladung (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Cancellation (%1)</source>
        <translation>Absage (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n guest gets a file.</source>
        <translation>%n Gast bekommt eine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n guests get a file.</source>
        <translation>%n Gäste bekommen eine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Everyone invited, going or maybe gets the invitation, again if needed.</source>
        <translation>Alle Eingeladenen, Zugesagten und Unentschlossenen bekommen die Einladung, wenn nötig erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>New guests, and guests whose invitation shows an older time, date or place.</source>
        <translation>Neue Gäste und Gäste, deren Einladung eine ältere Zeit, ein älteres Datum oder einen älteren Ort zeigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Guests who declined after receiving an invitation get a cancellation, so the event leaves their calendar.</source>
        <translation>Gäste, die nach Erhalt einer Einladung abgesagt haben, bekommen eine Absage, damit die Veranstaltung aus ihrem Kalender verschwindet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Everyone who received an invitation gets the cancellation.</source>
        <translation>Alle, die eine Einladung erhalten haben, bekommen die Absage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Cancellations - %1</source>
        <translation>Absagen - %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Invitations - %1 (update %2)</source>
        <translation>Einladungen - %1 (Aktualisierung %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Invitations - %1</source>
        <translation>Einladungen - %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Choose a folder for the files.</source>
        <translation>Wählen Sie einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Writing calendar files…</source>
        <translation>Kalenderdateien werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Save the “Add to Calendar” file</source>
        <translation>„Zum Kalender hinzufügen“-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n cancellation</source>
        <translation>%n Absage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n cancellations</source>
        <translation>%n Absagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n invitation</source>
        <translation>%n Einladung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n invitations</source>
        <translation>%n Einladungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Wrote %1 (%2 files including all.ics) to %3.</source>
        <translation>%1 (%2 Dateien einschließlich all.ics) nach %3 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Convivio could not note who received them; they count as not sent.</source>
        <translation>Convivio konnte nicht festhalten, wer sie erhalten hat; sie gelten als nicht verschickt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n guest got a file.</source>
        <translation>%n Gast hat eine Datei bekommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n guests got a file.</source>
        <translation>%n Gäste haben eine Datei bekommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../app/ui/job_progress.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>New Convivio database</source>
        <translation>Neue Convivio-Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>Convivio databases (*.sqlite3)</source>
        <translation>Convivio-Datenbanken (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>Open Convivio database</source>
        <translation>Convivio-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>Convivio databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Convivio-Datenbanken (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>About Convivio</source>
        <translation>Über Convivio</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>&lt;h3&gt;Convivio %1&lt;/h3&gt;&lt;p&gt;Organize meetups, dinners and communities: people, events, RSVPs, invitations and badges, on your own machine.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Convivio %1&lt;/h3&gt;&lt;p&gt;Treffen, Dinner und Communitys organisieren: Personen, Veranstaltungen, Zusagen, Einladungen und Namensschilder, auf Ihrem eigenen Rechner.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Eve&amp;nt</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <location filename="../../app/ui/sections.py"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Opening database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>another window</source>
        <translation>einem anderen Fenster</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Updated with changes by %1</source>
        <translation>Aktualisiert mit Änderungen von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Events</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Core</source>
        <translation>&amp;Kern</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Guests</source>
        <translation>&amp;Gäste</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Organizations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Venues</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Venues</source>
        <translation>O&amp;rte</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Import column %1 as</source>
        <translation>Spalte %1 importieren als</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Matching guests</source>
        <translation>Passende Gäste</translation>
    </message>
</context>
<context>
    <name>MergeTable</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Guest in the file</source>
        <translation>Gast in der Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Is…</source>
        <translation>Ist…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Same-name decisions</source>
        <translation>Entscheidungen bei gleichen Namen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%n person of that name is known</source>
        <translation>%n Person mit diesem Namen ist bekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%n people of that name are known</source>
        <translation>%n Personen mit diesem Namen sind bekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>A new person</source>
        <translation>Eine neue Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Same as %1</source>
        <translation>Dieselbe Person wie %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{who} can't go from “{stage}” back to “{target}”: move them back one stage at a time.</source>
        <translation>{who} kann nicht von „{stage}“ zurück zu „{target}“: Gehen Sie Stufe für Stufe zurück.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{who} is already “{stage}”.</source>
        <translation>{who} ist bereits „{stage}“.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{who} can't be confirmed straight from “{stage}”: move them to committed first.</source>
        <translation>{who} kann nicht direkt aus „{stage}“ bestätigt werden: Setzen Sie die Person zuerst auf „zugesagt“.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>Waiting days must be a number from 1 to {limit}.</source>
        <translation>Die Wartetage müssen eine Zahl von 1 bis {limit} sein.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{organizer_name} can't be filled: set your name in the shared settings first.</source>
        <translation>{organizer_name} kann nicht ausgefüllt werden: Tragen Sie zuerst Ihren Namen in den gemeinsamen Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <location filename="../../app/domain/venues.py"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>Die Notiz ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>The follow-up date is in the past.</source>
        <translation>Das Datum der Wiedervorlage liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>The template has a “{” or “}” without its partner; write {{ or }} for a brace that should appear in the message.</source>
        <translation>Die Vorlage hat ein „{“ oder „}“ ohne Gegenstück; schreiben Sie {{ oder }} für eine Klammer, die in der Nachricht erscheinen soll.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>Write the placeholder as {placeholder}, without “:” or “!” after its name.</source>
        <translation>Schreiben Sie den Platzhalter als {placeholder}, ohne „:“ oder „!“ nach seinem Namen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>The template uses {shown}, which Convivio can't fill. Use one of: {known}.</source>
        <translation>Die Vorlage verwendet {shown}, das Convivio nicht ausfüllen kann. Verwenden Sie einen von: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{event_title} can't be filled: no event is chosen.</source>
        <translation>{event_title} kann nicht ausgefüllt werden: Es ist keine Veranstaltung gewählt.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{placeholder} can't be filled: no event is chosen.</source>
        <translation>{placeholder} kann nicht ausgefüllt werden: Es ist keine Veranstaltung gewählt.</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{venue} can't be filled: the event has no venue yet.</source>
        <translation>{venue} kann nicht ausgefüllt werden: Die Veranstaltung hat noch keinen Ort.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>An event that is “{status}” can't be set to “{target}”.</source>
        <translation>Eine Veranstaltung mit dem Status „{status}“ kann nicht auf „{target}“ gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>“{name}” is not a known time zone.</source>
        <translation>„{name}“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/exporters/ics/model.py"/>
        <source>An event needs a title.</source>
        <translation>Eine Veranstaltung braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>The title is longer than {limit} characters.</source>
        <translation>Der Titel ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/domain/venues.py"/>
        <source>Capacity must be a number from 0 up.</source>
        <translation>Die Kapazität muss eine Zahl ab 0 sein.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/services/core.py"/>
        <source>The core target must be a number from 0 up.</source>
        <translation>Das Ziel für die Kerngruppe muss eine Zahl ab 0 sein.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/domain/venues.py"/>
        <source>The web address must look like https://example.org/…</source>
        <translation>Die Webadresse muss wie https://example.org/… aussehen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>Choose the venue before choosing one of its rooms.</source>
        <translation>Wählen Sie zuerst den Ort, dann einen seiner Räume.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>The last day can't be before the first day.</source>
        <translation>Der letzte Tag kann nicht vor dem ersten Tag liegen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/exporters/ics/model.py"/>
        <source>The event must end after it starts.</source>
        <translation>Die Veranstaltung muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <source>A person needs a given name or a family name.</source>
        <translation>Eine Person braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <source>An organization needs a name.</source>
        <translation>Eine Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <location filename="../../app/domain/venues.py"/>
        <location filename="../../app/services/followup_dto.py"/>
        <location filename="../../app/services/shared_settings.py"/>
        <location filename="../../app/services/templates.py"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>Der Name ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <source>A website address can't contain spaces.</source>
        <translation>Eine Website-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>„{address}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>1 seat</source>
        <translation>1 Platz</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>{count} seats</source>
        <translation>{count} Plätze</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>no seat is free</source>
        <translation>kein Platz ist frei</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>only {count} free</source>
        <translation>nur {count} frei</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>The event is full: this needs {seats} and {free}.</source>
        <translation>Die Veranstaltung ist voll: Dafür braucht es {seats}, aber {free}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>This person is already on the guest list.</source>
        <translation>Diese Person steht bereits auf der Gästeliste.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>Guests must be a whole number from 0 to {limit}.</source>
        <translation>Die Begleitungen müssen eine ganze Zahl von 0 bis {limit} sein.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>The capacity can't be negative.</source>
        <translation>Die Kapazität kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>{count} others</source>
        <translation>{count} anderen</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>The free seats are offered to {who} on the waitlist.</source>
        <translation>Die freien Plätze sind {who} auf der Warteliste angeboten.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>Only someone on the waitlist can be offered a seat.</source>
        <translation>Nur jemandem auf der Warteliste kann ein Platz angeboten werden.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>There is no open offer to confirm (it may have expired).</source>
        <translation>Es gibt kein offenes Angebot zum Bestätigen (es ist vielleicht abgelaufen).</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>There is no open offer to decline (it may have expired).</source>
        <translation>Es gibt kein offenes Angebot zum Ablehnen (es ist vielleicht abgelaufen).</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>Only hosts, speakers and staff can be seated beyond capacity.</source>
        <translation>Nur Gastgeber, Vortragende und Team können über die Kapazität hinaus einen Platz bekommen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>This guest is no longer on the event's list.</source>
        <translation>Dieser Gast steht nicht mehr auf der Liste der Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>List at most {limit} items.</source>
        <translation>Geben Sie höchstens {limit} Einträge an.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A partner that is “{stage}” can't move to “{target}”; it can move to {allowed}.</source>
        <translation>Ein Partner mit dem Stand „{stage}“ kann nicht zu „{target}“ wechseln; möglich sind: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{start}…” is longer than {limit} characters.</source>
        <translation>„{start}…“ ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{text}” is not an amount of money.</source>
        <translation>„{text}“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>Every room needs a name.</source>
        <translation>Jeder Raum braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A room name is longer than {limit} characters.</source>
        <translation>Ein Raumname ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A venue needs a name.</source>
        <translation>Ein Ort braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The organization's name is too long.</source>
        <translation>Der Name der Organisation ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The guest list can be asked for 0 to {limit} days before.</source>
        <translation>Die Gästeliste kann 0 bis {limit} Tage vorher angefragt werden.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The cost must be an amount from 0 up.</source>
        <translation>Die Kosten müssen ein Betrag ab 0 sein.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The cost can have at most two decimals.</source>
        <translation>Die Kosten dürfen höchstens zwei Nachkommastellen haben.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>Say which currency the cost is in (EUR, USD…).</source>
        <translation>Geben Sie an, in welcher Währung die Kosten sind (EUR, USD …).</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{currency}” is not an ISO 4217 currency code (like EUR or JPY).</source>
        <translation>„{currency}“ ist kein ISO-4217-Währungscode (wie EUR oder JPY).</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>List at most {limit} links.</source>
        <translation>Geben Sie höchstens {limit} Links an.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The follow-up can't be before the step.</source>
        <translation>Die Wiedervorlage kann nicht vor dem Schritt liegen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{name}”: capacities go from 0 to {limit:,}.</source>
        <translation>„{name}“: Kapazitäten gehen von 0 bis {limit:,}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>There are two rooms called “{room}”.</source>
        <translation>Es gibt zwei Räume namens „{room}“.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A role is longer than {limit} characters.</source>
        <translation>Eine Rolle ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The same person is listed twice as a contact.</source>
        <translation>Dieselbe Person steht zweimal als Kontakt in der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A paid venue needs its cost.</source>
        <translation>Ein bezahlter Ort braucht seine Kosten.</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{link}” is neither a web address nor a file path.</source>
        <translation>„{link}“ ist weder eine Webadresse noch ein Dateipfad.</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>to ask</source>
        <translation>anfragen</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>asked</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>interested</source>
        <translation>interessiert</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>committed</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>not now</source>
        <translation>nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>confirming-core</source>
        <translation>Kerngruppe wird bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>announced</source>
        <translation>angekündigt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>done</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>hosted</source>
        <translation>ausgerichtet</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>thanked</source>
        <translation>gedankt</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../app/services/badge_dto.py"/>
        <source>Seats per table must be from 1 to {limit}.</source>
        <translation>Plätze pro Tisch: von 1 bis {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/services/badge_dto.py"/>
        <source>Table numbers start at 0 or more.</source>
        <translation>Tischnummern beginnen bei 0 oder höher.</translation>
    </message>
    <message>
        <location filename="../../app/services/badges.py"/>
        <source>Some of the chosen guests are no longer on this event's guest list.</source>
        <translation>Einige der gewählten Gäste stehen nicht mehr auf der Gästeliste dieser Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/services/badges.py"/>
        <location filename="../../app/services/core.py"/>
        <location filename="../../app/services/rsvps.py"/>
        <source>Some of the chosen people no longer exist.</source>
        <translation>Einige der gewählten Personen gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected core_candidates no longer exist.</source>
        <translation>Einige der ausgewählten Einträge der Kerngruppe gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected events no longer exist.</source>
        <translation>Einige der ausgewählten Veranstaltungen gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected message_templates no longer exist.</source>
        <translation>Einige der ausgewählten Vorlagen gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected organizations no longer exist.</source>
        <translation>Einige der ausgewählten Organisationen gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected people no longer exist.</source>
        <translation>Einige der ausgewählten Personen gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected rsvps no longer exist.</source>
        <translation>Einige der ausgewählten Gäste stehen nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected venues no longer exist.</source>
        <translation>Einige der ausgewählten Orte gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>This can't be undone: the data it would bring back clashes with data added since (for example the same e-mail address).</source>
        <translation>Das lässt sich nicht rückgängig machen: Die wiederhergestellten Daten kollidieren mit inzwischen hinzugefügten Daten (zum Beispiel derselben E-Mail-Adresse).</translation>
    </message>
    <message>
        <location filename="../../app/services/copy_db.py"/>
        <source>The source and the target are the same database.</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/services/copy_db.py"/>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/services/copy_db.py"/>
        <source>{database} already holds data ({listing}); Convivio copies only into an empty database and never merges two.</source>
        <translation>{database} enthält bereits Daten ({listing}); Convivio kopiert nur in eine leere Datenbank und führt nie zwei zusammen.</translation>
    </message>
    <message>
        <location filename="../../app/services/copy_db.py"/>
        <source>The copy doesn't match the source (row counts differ); check the target.</source>
        <translation>Die Kopie stimmt nicht mit der Quelle überein (die Zeilenzahlen weichen ab); prüfen Sie das Ziel.</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <source>This person is no longer on the event's core list.</source>
        <translation>Diese Person steht nicht mehr auf der Kernliste der Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <location filename="../../app/services/core_search.py"/>
        <location filename="../../app/services/events.py"/>
        <location filename="../../app/services/followups.py"/>
        <location filename="../../app/services/guest_import.py"/>
        <location filename="../../app/services/host_sheet.py"/>
        <location filename="../../app/services/rsvp_store.py"/>
        <location filename="../../app/services/templates.py"/>
        <location filename="../../app/services/venues.py"/>
        <source>This event no longer exists.</source>
        <translation>Diese Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <source>“{event_title}” is {status}; its core can't grow now.</source>
        <translation>„{event_title}“ ist {status}; die Kerngruppe kann jetzt nicht mehr wachsen.</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <source>Everyone chosen is already on this event's core list.</source>
        <translation>Alle Gewählten stehen bereits auf der Kernliste dieser Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <source>This card changed meanwhile; look at it again and retry.</source>
        <translation>Diese Karte wurde inzwischen geändert; sehen Sie sie sich noch einmal an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/services/core_confirm.py"/>
        <source>“{event_title}” is full ({taken} of {capacity} seats taken): raise its capacity or free a seat before confirming someone else.</source>
        <translation>„{event_title}“ ist voll ({taken} von {capacity} Plätzen belegt): Erhöhen Sie die Kapazität oder machen Sie einen Platz frei, bevor Sie jemand weiteren bestätigen.</translation>
    </message>
    <message>
        <location filename="../../app/services/core_patch.py"/>
        <source>Someone changed this after you did, so it can't be undone without losing their change; nothing was changed.</source>
        <translation>Jemand hat das nach Ihnen geändert; es lässt sich nicht rückgängig machen, ohne diese Änderung zu verlieren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/services/core_patch.py"/>
        <source>A record changed by this action no longer exists.</source>
        <translation>Ein von dieser Aktion geänderter Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/core_people.py"/>
        <source>Nobody is called “{text}”; use their number or e-mail address.</source>
        <translation>Niemand heißt „{text}“; verwenden Sie die Nummer oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/services/core_people.py"/>
        <source>{count} people are called “{text}” ({shown}{more}); use their number or e-mail address.</source>
        <translation>{count} Personen heißen „{text}“ ({shown}{more}); verwenden Sie die Nummer oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/services/core_people.py"/>
        <source>No person has the number {text}.</source>
        <translation>Keine Person hat die Nummer {text}.</translation>
    </message>
    <message>
        <location filename="../../app/services/core_people.py"/>
        <source>No person has the e-mail address {text}.</source>
        <translation>Keine Person hat die E-Mail-Adresse {text}.</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>No event matches “{ref}”.</source>
        <translation>Keine Veranstaltung passt zu „{ref}“.</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>Several events are called “{ref}”; use the event's number.</source>
        <translation>Mehrere Veranstaltungen heißen „{ref}“; verwenden Sie die Nummer der Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>The chosen venue no longer exists.</source>
        <translation>Den gewählten Ort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>The contact on the day no longer exists.</source>
        <translation>Den Kontakt am Veranstaltungstag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>“{event_title}” was changed by someone else after you opened it; nothing was saved.</source>
        <translation>„{event_title}“ wurde von jemand anderem geändert, nachdem Sie es geöffnet haben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>The chosen room is not part of that venue.</source>
        <translation>Der gewählte Raum gehört nicht zu diesem Ort.</translation>
    </message>
    <message>
        <location filename="../../app/services/followup_dto.py"/>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/services/followup_dto.py"/>
        <source>The subject is longer than {limit} characters.</source>
        <translation>Der Betreff ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/services/followup_dto.py"/>
        <source>A template needs some text.</source>
        <translation>Eine Vorlage braucht etwas Text.</translation>
    </message>
    <message>
        <location filename="../../app/services/followups.py"/>
        <location filename="../../app/services/people.py"/>
        <location filename="../../app/services/person_history.py"/>
        <location filename="../../app/services/privacy.py"/>
        <location filename="../../app/services/templates.py"/>
        <source>This person no longer exists.</source>
        <translation>Diese Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/followups.py"/>
        <source>This follow-up was already done or no longer exists.</source>
        <translation>Diese Wiedervorlage ist schon erledigt oder existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_import.py"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_import.py"/>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_import.py"/>
        <source>Line {line} is the same person as line {first} ({how}); only line {first} was imported.</source>
        <translation>Zeile {line} ist dieselbe Person wie Zeile {first} ({how}); nur Zeile {first} wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_seating.py"/>
        <source>The event is full (capacity {capacity}): {count} guests answering going were put on the waitlist, in the file's order.</source>
        <translation>Die Veranstaltung ist voll (Kapazität {capacity}): {count} Gäste mit Zusage wurden in der Reihenfolge der Datei auf die Warteliste gesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_seating.py"/>
        <source>{count} guests answering going were let in beyond the event's capacity of {capacity}, marked as such.</source>
        <translation>{count} Gäste mit Zusage wurden über die Kapazität der Veranstaltung von {capacity} hinaus eingelassen und entsprechend markiert.</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_seating.py"/>
        <source>Line {line} asks for {asked} guests, but the event is full: the {kept} they had are kept.</source>
        <translation>Zeile {line} verlangt {asked} Begleitungen, aber die Veranstaltung ist voll: Die bisherigen {kept} bleiben.</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/api.py"/>
        <source>no column holds the guests' names (columns found: {shown})</source>
        <translation>keine Spalte enthält die Namen der Gäste (gefundene Spalten: {shown})</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/api.py"/>
        <source>it is too large ({megabytes} MB)</source>
        <translation>sie ist zu groß ({megabytes} MB)</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/api.py"/>
        <source>it can't be opened ({strerror})</source>
        <translation>sie lässt sich nicht öffnen ({strerror})</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is an Excel workbook or another zip archive; save it as CSV first</source>
        <translation>sie ist eine Excel-Arbeitsmappe oder ein anderes ZIP-Archiv; speichern Sie sie zuerst als CSV</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is a binary Excel (.xls) workbook; save it as CSV first</source>
        <translation>sie ist eine binäre Excel-Arbeitsmappe (.xls); speichern Sie sie zuerst als CSV</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is a PDF document, not a table</source>
        <translation>sie ist ein PDF-Dokument, keine Tabelle</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is an image, not a table</source>
        <translation>sie ist ein Bild, keine Tabelle</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it contains binary data (NUL bytes), not text</source>
        <translation>sie enthält Binärdaten (NUL-Bytes), keinen Text</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is neither UTF-8 nor western Windows text (it may be GBK, Big5 or Shift-JIS); save it as “CSV UTF-8” and try again</source>
        <translation>sie ist weder UTF-8 noch westlicher Windows-Text (vielleicht GBK, Big5 oder Shift-JIS); speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it contains binary data (NUL characters)</source>
        <translation>sie enthält Binärdaten (NUL-Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it contains binary data, not text</source>
        <translation>sie enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is not valid {encoding} text (byte {byte})</source>
        <translation>sie ist kein gültiger {encoding}-Text (Byte {byte})</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/duplicates.py"/>
        <source>Line {line} is the same guest as line {first} ({same}); merged into one, with the answer from line {line}.</source>
        <translation>Zeile {line} ist derselbe Gast wie Zeile {first} ({same}); zu einem zusammengeführt, mit der Antwort aus Zeile {line}.</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/formats.py"/>
        <source>{platform}: has the columns {columns}</source>
        <translation>{platform}: hat die Spalten {columns}</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/formats.py"/>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/formats.py"/>
        <source>no platform's typical columns found; read as a hand-made list</source>
        <translation>keine typischen Spalten einer Plattform gefunden; als selbst erstellte Liste gelesen</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/model.py"/>
        <source>“{file}” can't be read as a guest list: {reason}.</source>
        <translation>„{file}“ kann nicht als Gästeliste gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/model.py"/>
        <source>“{file}” can't be read as a guest list: {reason} (line {line}).</source>
        <translation>„{file}“ kann nicht als Gästeliste gelesen werden: {reason} (Zeile {line}).</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/reading.py"/>
        <source>no header row found; the first line should name the columns (e.g. Name, E-Mail)</source>
        <translation>keine Kopfzeile gefunden; die erste Zeile sollte die Spalten benennen (z. B. Name, E-Mail)</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/reading.py"/>
        <source>a quoted value is never closed (a stray “"”?)</source>
        <translation>ein Wert in Anführungszeichen wird nie geschlossen (ein verirrtes „"“?)</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/reading.py"/>
        <source>a value is impossibly long; probably an unclosed quote</source>
        <translation>ein Wert ist unmöglich lang; wahrscheinlich ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/reading.py"/>
        <source>broken quoting ({detail})</source>
        <translation>fehlerhafte Anführungszeichen ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>{count} line(s) above the header were skipped (a title?).</source>
        <translation>{count} Zeile(n) über der Kopfzeile wurden übersprungen (ein Titel?).</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>no column is used for the guests' names</source>
        <translation>keine Spalte wird für die Namen der Gäste verwendet</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>it has {count} values but the header names {width} columns (a stray delimiter or quote?)</source>
        <translation>sie hat {count} Werte, aber die Kopfzeile nennt {width} Spalten (ein verirrtes Trennzeichen oder Anführungszeichen?)</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>the name is longer than {limit} characters</source>
        <translation>der Name ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>“{email}” is not a valid e-mail address</source>
        <translation>„{email}“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>the guests count “{value}” is not a whole number from 0 to {limit}</source>
        <translation>die Zahl der Begleitungen „{value}“ ist keine ganze Zahl von 0 bis {limit}</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>the status “{text}” is not one we know</source>
        <translation>den Status „{text}“ kennen wir nicht</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/when.py"/>
        <source>Dates in the column “{column}” were read day first (03/04/2026 = 3 April); if that is wrong, fix the file and import again.</source>
        <translation>Die Daten in der Spalte „{column}“ wurden mit dem Tag zuerst gelesen (03/04/2026 = 3. April); falls das falsch ist, korrigieren Sie die Datei und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/when.py"/>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/when.py"/>
        <source>Ignored {count} value(s) that are neither yes/no nor a time in the column “{column}” (line {lines}{more}); those guests are imported without it.</source>
        <translation>In der Spalte „{column}“ wurden {count} Wert(e) ignoriert, die weder Ja/Nein noch eine Uhrzeit sind (Zeile {lines}{more}); diese Gäste werden ohne diese Angabe importiert.</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/when.py"/>
        <source>Ignored {count} unreadable date(s) in the column “{column}” (line {lines}{more}); those guests are imported without it.</source>
        <translation>In der Spalte „{column}“ wurden {count} unlesbare Datumsangabe(n) ignoriert (Zeile {lines}{more}); diese Gäste werden ohne diese Angabe importiert.</translation>
    </message>
    <message>
        <location filename="../../app/services/host_sheet.py"/>
        <source>“{event_title}” has no venue yet; choose one before the host sheet.</source>
        <translation>„{event_title}“ hat noch keinen Ort; wählen Sie einen, bevor Sie das Gastgeberblatt erstellen.</translation>
    </message>
    <message>
        <location filename="../../app/services/import_undo.py"/>
        <source>This import can't be undone: someone changed some of its guests since.</source>
        <translation>Dieser Import lässt sich nicht rückgängig machen: Jemand hat inzwischen einige seiner Gäste geändert.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_dto.py"/>
        <source>Calendar invitations need the organizer's e-mail address, where guests' calendars send their answers. Set it first (for example: {hint}).</source>
        <translation>Kalendereinladungen brauchen die E-Mail-Adresse des Veranstalters, an die die Kalender der Gäste ihre Antworten senden. Legen Sie sie zuerst fest (zum Beispiel: {hint}).</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} already cancelled</source>
        <translation>{count} bereits abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>Nobody has received an invitation to “{title}”, so there is nothing to cancel.</source>
        <translation>Niemand hat eine Einladung zu „{title}“ erhalten, es gibt also nichts abzusagen.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} no email</source>
        <translation>{count} ohne E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} bad email</source>
        <translation>{count} mit ungültiger E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} waitlisted</source>
        <translation>{count} auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} pending approval</source>
        <translation>{count} warten auf Freigabe</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} declined</source>
        <translation>{count} abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} up to date</source>
        <translation>{count} schon aktuell</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} never invited</source>
        <translation>{count} nie eingeladen</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>No guest of “{title}” declined while holding an invitation: nothing to cancel.</source>
        <translation>Kein Gast von „{title}“ hat mit einer Einladung abgesagt: nichts abzusagen.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>A reminder can't come after the start.</source>
        <translation>Eine Erinnerung kann nicht nach dem Beginn kommen.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>There are no public, announced events to put in a calendar feed yet.</source>
        <translation>Es gibt noch keine öffentlichen, angekündigten Veranstaltungen für einen Kalender-Feed.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>There are no events to put in a calendar feed yet.</source>
        <translation>Es gibt noch keine Veranstaltungen für einen Kalender-Feed.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>None of the guests of “{title}” can get an invitation now ({reasons}).</source>
        <translation>Keiner der Gäste von „{title}“ kann jetzt eine Einladung bekommen ({reasons}).</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>“{title}” has nobody on its guest list yet.</source>
        <translation>„{title}“ hat noch niemanden auf der Gästeliste.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” answers an invitation to an event that is not in this database (it may have been deleted, or sent from another Convivio database).</source>
        <translation>„{source}“ beantwortet eine Einladung zu einer Veranstaltung, die nicht in dieser Datenbank ist (sie wurde vielleicht gelöscht oder aus einer anderen Convivio-Datenbank verschickt).</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” answers the invitation to “{title}”, which is cancelled.</source>
        <translation>„{source}“ beantwortet die Einladung zu „{title}“, die abgesagt ist.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” comes from {email}, an address no one in Convivio has.</source>
        <translation>„{source}“ kommt von {email}, einer Adresse, die in Convivio niemand hat.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” comes from {email}, who is not on the guest list of “{title}”.</source>
        <translation>„{source}“ kommt von {email}, der oder die nicht auf der Gästeliste von „{title}“ steht.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” comes from {guest}, who is waiting for approval; approve them on the guest list first.</source>
        <translation>„{source}“ kommt von {guest}, der oder die auf Freigabe wartet; geben Sie die Person zuerst in der Gästeliste frei.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” answers an invitation that was withdrawn: {guest} was sent a cancellation afterwards.</source>
        <translation>„{source}“ beantwortet eine zurückgezogene Einladung: {guest} hat danach eine Absage erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” is an older answer from {guest} than “{winner}”; only the newer one counts.</source>
        <translation>„{source}“ ist eine ältere Antwort von {guest} als „{winner}“; nur die neuere zählt.</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” could not be saved: {error}</source>
        <translation>„{source}“ konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_state.py"/>
        <source>“{event_title}” is cancelled: export a cancellation instead of invitations.</source>
        <translation>„{event_title}“ ist abgesagt: Exportieren Sie eine Absage statt Einladungen.</translation>
    </message>
    <message>
        <location filename="../../app/services/invites.py"/>
        <source>A reminder must come between 0 minutes and 4 weeks before.</source>
        <translation>Eine Erinnerung muss zwischen 0 Minuten und 4 Wochen vorher kommen.</translation>
    </message>
    <message>
        <location filename="../../app/services/organizations.py"/>
        <source>This organization no longer exists.</source>
        <translation>Diese Organisation gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/organizations.py"/>
        <source>There is already an organization called {name}.</source>
        <translation>Es gibt bereits eine Organisation namens {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/organizations.py"/>
        <location filename="../../app/services/people.py"/>
        <location filename="../../app/services/venues.py"/>
        <source>{name} was changed by someone else after you opened it; nothing was saved.</source>
        <translation>{name} wurde von jemand anderem geändert, nachdem Sie es geöffnet haben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py"/>
        <location filename="../../app/services/rsvp_lists.py"/>
        <source>No person matches “{ref}”.</source>
        <translation>Keine Person passt zu „{ref}“.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py"/>
        <location filename="../../app/services/rsvp_lists.py"/>
        <source>Several people are called “{ref}”; use their number or e-mail.</source>
        <translation>Mehrere Personen heißen „{ref}“; verwenden Sie die Nummer oder E-Mail.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py"/>
        <source>{address} already belongs to {name}.</source>
        <translation>{address} gehört bereits zu {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/privacy.py"/>
        <source>Convivio can't write {target}.</source>
        <translation>Convivio kann {target} nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_checkin.py"/>
        <source>No guest has the check-in code {code}.</source>
        <translation>Kein Gast hat den Check-in-Code {code}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_checkin.py"/>
        <source>This badge is for another event: “{event_title}”.</source>
        <translation>Dieses Namensschild gehört zu einer anderen Veranstaltung: „{event_title}“.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_checkin.py"/>
        <location filename="../../app/services/rsvp_lists.py"/>
        <source>This guest is no longer on the list.</source>
        <translation>Dieser Gast steht nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_core.py"/>
        <source>Someone else changed this guest's answer or details since you opened them; nothing was saved.</source>
        <translation>Jemand anderes hat die Antwort oder die Angaben dieses Gastes geändert, seit Sie sie geöffnet haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_revisions.py"/>
        <source>This can't be undone: a record it changed has been deleted since.</source>
        <translation>Das lässt sich nicht rückgängig machen: Ein davon geänderter Datensatz wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_revisions.py"/>
        <source>This can't be undone: someone changed the same record since.</source>
        <translation>Das lässt sich nicht rückgängig machen: Jemand hat denselben Datensatz inzwischen geändert.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_store.py"/>
        <source>Some of the selected guests are no longer on the list.</source>
        <translation>Einige der ausgewählten Gäste stehen nicht mehr auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_store.py"/>
        <source>Someone else changed this guest list at the same moment; nothing was saved.</source>
        <translation>Jemand anderes hat diese Gästeliste im selben Moment geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvps.py"/>
        <source>Guests must be from 0 to {limit}.</source>
        <translation>Begleitungen: von 0 bis {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvps.py"/>
        <source>Keep needs under {limit} characters.</source>
        <translation>Halten Sie die Bedürfnisse unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/services/shared_settings.py"/>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>„{email}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/services/templates.py"/>
        <source>This template no longer exists.</source>
        <translation>Diese Vorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/templates.py"/>
        <source>“{name}” was changed by someone else after you opened it; nothing was saved.</source>
        <translation>„{name}“ wurde von jemand anderem geändert, nachdem Sie es geöffnet haben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>This venue no longer exists.</source>
        <translation>Diesen Ort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>No venue matches “{ref}”.</source>
        <translation>Kein Ort passt zu „{ref}“.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>Several venues are called “{ref}”; use the venue's number.</source>
        <translation>Mehrere Orte heißen „{ref}“; verwenden Sie die Nummer des Orts.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>This step is no longer in the log.</source>
        <translation>Dieser Schritt steht nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>“{room}” is the room of {count} event(s), e.g. “{event}”; choose another room for them first.</source>
        <translation>„{room}“ ist der Raum von {count} Veranstaltung(en), z. B. „{event}“; wählen Sie für sie zuerst einen anderen Raum.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>One of the contact people no longer exists.</source>
        <translation>Eine der Kontaktpersonen gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>That event no longer exists.</source>
        <translation>Diese Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>The venue of this step no longer exists.</source>
        <translation>Den Ort dieses Schritts gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>That room now belongs to another venue.</source>
        <translation>Dieser Raum gehört jetzt zu einem anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/model.py"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/model.py"/>
        <source>{lat}, {lon} is not a place on Earth.</source>
        <translation>{lat}, {lon} ist kein Ort auf der Erde.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source_name}” is neither a calendar file nor an e-mail with a calendar reply.</source>
        <translation>„{source_name}“ ist weder eine Kalenderdatei noch eine E-Mail mit einer Kalenderantwort.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>The e-mail “{source_name}” has no calendar reply in it (no text/calendar part and no .ics attachment).</source>
        <translation>Die E-Mail „{source_name}“ enthält keine Kalenderantwort (keinen text/calendar-Teil und keinen .ics-Anhang).</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” answers an older version of the event (update {sequence}; the latest is update {latest}). The guest needs to answer the updated invitation.</source>
        <translation>„{source}“ beantwortet eine ältere Fassung der Veranstaltung (Aktualisierung {sequence}; die neueste ist Aktualisierung {latest}). Der Gast muss auf die aktualisierte Einladung antworten.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” is not a calendar (VCALENDAR).</source>
        <translation>„{source}“ ist kein Kalender (VCALENDAR).</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” is a {method} calendar, not a reply to an invitation (METHOD:REPLY).</source>
        <translation>„{source}“ ist ein {method}-Kalender, keine Antwort auf eine Einladung (METHOD:REPLY).</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” is a calendar without a METHOD, not a reply to an invitation (METHOD:REPLY).</source>
        <translation>„{source}“ ist ein Kalender ohne METHOD, keine Antwort auf eine Einladung (METHOD:REPLY).</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” answers an invitation that Convivio did not send ({shown}).</source>
        <translation>„{source}“ beantwortet eine Einladung, die Convivio nicht verschickt hat ({shown}).</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” contains no event to answer.</source>
        <translation>„{source}“ enthält keine Veranstaltung zum Beantworten.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” answers {count} different events at once; Convivio expects one.</source>
        <translation>„{source}“ beantwortet {count} verschiedene Veranstaltungen auf einmal; Convivio erwartet eine.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” doesn't say who is answering (no attendee with an e-mail address).</source>
        <translation>„{source}“ sagt nicht, wer antwortet (kein Teilnehmer mit E-Mail-Adresse).</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” holds answers for {count} people; Convivio needs one reply per person, as calendars send them.</source>
        <translation>„{source}“ enthält Antworten für {count} Personen; Convivio braucht eine Antwort pro Person, wie Kalender sie verschicken.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{name}” is far too large to be a calendar reply.</source>
        <translation>„{name}“ ist viel zu groß für eine Kalenderantwort.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>Convivio could not read “{name}”: {reason}.</source>
        <translation>Convivio konnte „{name}“ nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” looks like a calendar file but is damaged and can't be read ({detail}).</source>
        <translation>„{source}“ sieht wie eine Kalenderdatei aus, ist aber beschädigt und nicht lesbar ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” says {said}; Convivio understands accepted, declined and tentative.</source>
        <translation>„{source}“ sagt {said}; Convivio versteht accepted, declined und tentative.</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” has an invalid update number (SEQUENCE:{raw}).</source>
        <translation>„{source}“ hat eine ungültige Aktualisierungsnummer (SEQUENCE:{raw}).</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_import.py"/>
        <source>{going} people are going, more than the event's capacity of {capacity}: the file's answers were kept as they are.</source>
        <translation type="vanished">{going} Personen nehmen teil, mehr als die Kapazität der Veranstaltung von {capacity}: Die Antworten aus der Datei wurden unverändert übernommen.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>Edit organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>New organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>&amp;Website:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
<context>
    <name>OrganizationsPanel</name>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Search organizations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>%n organization</source>
        <translation>%n Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>%n organizations</source>
        <translation>%n Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>%1 of %n organization</source>
        <translation>%1 von %n Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>%1 of %n organizations</source>
        <translation>%1 von %n Organisationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>No organization matches your search.</source>
        <translation>Keine Organisation passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>No organizations yet. Add one with New (Ctrl+N).</source>
        <translation>Noch keine Organisationen. Legen Sie eine mit „Neu“ (Strg+N) an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Delete %1? Its people stay, without an organization. You can undo this.</source>
        <translation>%1 löschen? Die zugehörigen Personen bleiben, ohne Organisation. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Delete %n organizations? Their people stay. You can undo this.</source>
        <translation>%n Organisationen löschen? Die zugehörigen Personen bleiben. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Delete %n organizations</source>
        <translation>%n Organisationen löschen</translation>
    </message>
</context>
<context>
    <name>OrganizationsTableModel</name>
    <message>
        <location filename="../../app/ui/models/organizations_table.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organizations_table.py"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organizations_table.py"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organizations_table.py"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
</context>
<context>
    <name>OrganizerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>Who sends the invitations?</source>
        <translation>Wer verschickt die Einladungen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>Calendar invitations name an organizer, and guests' calendars send their answers to the organizer's e-mail address. Everyone using this database shares this setting.</source>
        <translation>Kalendereinladungen nennen einen Veranstalter, und die Kalender der Gäste schicken ihre Antworten an dessen E-Mail-Adresse. Alle, die diese Datenbank nutzen, teilen diese Einstellung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>e.g. Alex Morgan</source>
        <translation>z. B. Alex Morgan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>e.g. alex@example.org</source>
        <translation>z. B. alex@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>Set the organizer</source>
        <translation>Veranstalter festlegen</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Search people by name, e-mail, organization, title or tag</source>
        <translation>Personen nach Name, E-Mail, Organisation, Titel oder Schlagwort suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>%n person</source>
        <translation>%n Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>%n people</source>
        <translation>%n Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>%1 of %n person</source>
        <translation>%1 von %n Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>%1 of %n people</source>
        <translation>%1 von %n Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>No one matches your search.</source>
        <translation>Niemand passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>No people yet. Add someone with New (Ctrl+N).</source>
        <translation>Noch keine Personen. Fügen Sie jemanden mit „Neu“ (Strg+N) hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Export Personal Data…</source>
        <translation>Persönliche Daten exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Erase Completely…</source>
        <translation>Vollständig löschen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Show History…</source>
        <translation>Verlauf anzeigen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Export personal data</source>
        <translation>Persönliche Daten exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Erase %1 completely? Their RSVPs, conversations, core candidacies, venue roles and history are erased too. This cannot be undone, and the undo history is cleared. Backups taken earlier still hold them until they rotate away.</source>
        <translation>%1 vollständig löschen? Zusagen, Gespräche, Kerngruppen-Kandidaturen, Rollen an Veranstaltungsorten und Verlauf werden ebenfalls gelöscht. Das lässt sich nicht rückgängig machen, und der Rückgängig-Verlauf wird geleert. Ältere Sicherungen enthalten die Daten noch, bis sie ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Erase completely</source>
        <translation>Vollständig löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Delete %1? Their RSVPs and conversations are deleted too. You can undo this.</source>
        <translation>%1 löschen? Zusagen und Gespräche werden ebenfalls gelöscht. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Delete %n people? Their RSVPs and conversations are deleted too. You can undo this.</source>
        <translation>%n Personen löschen? Zusagen und Gespräche werden ebenfalls gelöscht. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Delete %n people</source>
        <translation>%n Personen löschen</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>What they like to be called</source>
        <translation>Wie die Person genannt werden möchte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>one or more, separated by commas</source>
        <translation>eine oder mehrere, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>e.g. core, speaker, investor</source>
        <translation>z. B. kern, speaker, investor</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Name &amp;order:</source>
        <translation>Namens&amp;folge:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Preferred name:</source>
        <translation>&amp;Rufname:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Pro&amp;nouns:</source>
        <translation>&amp;Pronomen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Organi&amp;zation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Berufsbezeichnung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Ho&amp;w we met:</source>
        <translation>&amp;Kennengelernt über:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>How</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>About</source>
        <translation>Worum</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Core involvement</source>
        <translation>Beteiligung an Kerngruppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Events</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Conversations</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>C&amp;ore</source>
        <translation>&amp;Kern</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Log a conversation…</source>
        <translation>Gespräch &amp;festhalten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Write a &amp;message…</source>
        <translation>Nachricht &amp;schreiben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Goes by %1</source>
        <translation>Rufname: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>How we met: %1</source>
        <translation>Kennengelernt über: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>events attended</source>
        <translation>Veranstaltungen besucht</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>no-shows</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>last contact</source>
        <translation>letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Log a conversation</source>
        <translation>Gespräch festhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>A conversation with %1.</source>
        <translation>Ein Gespräch mit %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Log</source>
        <translation>&amp;Festhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Log a conversation with %1</source>
        <translation>Gespräch mit %1 festhalten</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../app/ui/dialogs/person_picker.py"/>
        <source>Type a name, e-mail or organization</source>
        <translation>Name, E-Mail oder Organisation eingeben</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Organizer</source>
        <translation>&amp;Veranstalter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Calendar invitations name the organizer, and guests' answers go to this e-mail address. New events start in the default time zone. Everyone who uses this database shares these settings.</source>
        <translation>Kalendereinladungen nennen den Veranstalter, und die Antworten der Gäste gehen an diese E-Mail-Adresse. Neue Veranstaltungen beginnen in der Standard-Zeitzone. Alle, die diese Datenbank nutzen, teilen diese Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Open a database to set its organizer and default time zone.</source>
        <translation>Öffnen Sie eine Datenbank, um Veranstalter und Standard-Zeitzone festzulegen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>e.g. Alex Morgan</source>
        <translation>z. B. Alex Morgan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>e.g. alex@example.org</source>
        <translation>z. B. alex@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>This computer's time zone (%1)</source>
        <translation>Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Default &amp;time zone:</source>
        <translation>Standard-&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Shown next to your changes in the history; kept on this computer only.</source>
        <translation>Steht im Verlauf neben Ihren Änderungen; wird nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Printing</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Label stock for badges</source>
        <translation>Etikettenbogen für Namensschilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Stock for place cards</source>
        <translation>Bogen für Tischkarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Badges on:</source>
        <translation>Namensschilder &amp;auf:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Place &amp;cards on:</source>
        <translation>&amp;Tischkarten auf:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&lt;b&gt;Printer offset.&lt;/b&gt; If your printer puts badges slightly off the labels, print the alignment test sheet from the Badges window on plain paper, hold it against a sheet of labels, and enter how far to move the print.</source>
        <translation>&lt;b&gt;Druckerversatz.&lt;/b&gt; Wenn Ihr Drucker die Namensschilder leicht neben die Etiketten setzt, drucken Sie im Fenster „Namensschilder“ das Ausrichtungs-Testblatt auf Normalpapier, halten Sie es gegen einen Etikettenbogen und geben Sie an, wie weit der Druck verschoben werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Move &amp;right:</source>
        <translation>Nach &amp;rechts:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Move &amp;down:</source>
        <translation>Nach &amp;unten:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Negative values move left and up.</source>
        <translation>Negative Werte verschieben nach links und oben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Appearance</source>
        <translation>Dar&amp;stellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>System (follows light, dark and high contrast)</source>
        <translation>System (folgt hell, dunkel und hohem Kontrast)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Show the &amp;welcome window when a database is empty</source>
        <translation>Will&amp;kommensfenster anzeigen, wenn eine Datenbank leer ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Text follows the font size set for your system. To make it larger or smaller, change it there.</source>
        <translation>Die Schrift folgt der Schriftgröße Ihres Systems. Ändern Sie sie dort, um sie größer oder kleiner zu machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Automatic (Letter or A4, as usual in your region)</source>
        <translation>Automatisch (Letter oder A4, wie in Ihrer Region üblich)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Change Shared Preferences</source>
        <translation>Gemeinsame Einstellungen ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>The Badges window picks a common stock for your paper size.</source>
        <translation>Das Fenster „Namensschilder“ wählt einen gängigen Bogen für Ihr Papierformat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>%1 per sheet · %2 · %3 paper</source>
        <translation>%1 pro Bogen · %2 · Papier %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>System</source>
        <translation type="vanished">System</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>System (%1)</source>
        <translation type="vanished">System (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Convivio shows the new language the next time it starts.</source>
        <translation type="vanished">Convivio zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Opening database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>RepliesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import Calendar Replies</source>
        <translation>Kalenderantworten importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Add the answers your guests' calendars sent back: .ics files, or the e-mails saved as .eml. Drop them on this window or choose them.</source>
        <translation>Fügen Sie die Antworten hinzu, die die Kalender Ihrer Gäste zurückgeschickt haben: .ics-Dateien oder als .eml gespeicherte E-Mails. Ziehen Sie sie auf dieses Fenster oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Reply files</source>
        <translation>Antwortdateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Choose calendar replies</source>
        <translation>Kalenderantworten auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Calendar replies (*.ics *.eml *.ical);;All files (*)</source>
        <translation>Kalenderantworten (*.ics *.eml *.ical);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Reading the replies…</source>
        <translation>Antworten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Importing the replies…</source>
        <translation>Antworten werden importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Stopped reading the files; nothing was changed.</source>
        <translation>Lesen der Dateien abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n reply can be imported.</source>
        <translation>%n Antwort kann importiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n replies can be imported.</source>
        <translation>%n Antworten können importiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n guest going joins the waitlist: the event is full.</source>
        <translation>%n Gast mit Zusage kommt auf die Warteliste: Die Veranstaltung ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n guests going join the waitlist: the event is full.</source>
        <translation>%n Gäste mit Zusage kommen auf die Warteliste: Die Veranstaltung ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n file is rejected: select it to see why.</source>
        <translation>%n Datei wird abgelehnt: Wählen Sie sie aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n files are rejected: select one to see why.</source>
        <translation>%n Dateien werden abgelehnt: Wählen Sie eine aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import %n Reply</source>
        <translation>%n Antwort importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import %n Replies</source>
        <translation>%n Antworten importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import %n calendar reply</source>
        <translation>%n Kalenderantwort importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import %n calendar replies</source>
        <translation>%n Kalenderantworten importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Imported: %n guest's answer changed.</source>
        <translation>Importiert: Die Antwort von %n Gast hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Imported: %n guests' answers changed.</source>
        <translation>Importiert: Die Antworten von %n Gästen haben sich geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n joined the waitlist: the event is full.</source>
        <translation>%n auf die Warteliste gesetzt: Die Veranstaltung ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n file was rejected.</source>
        <translation>%n Datei wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n files were rejected.</source>
        <translation>%n Dateien wurden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Edit → Undo takes the import back.</source>
        <translation>Bearbeiten → Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Cancel</source>
        <translation type="vanished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>Choose a backup of %1. The current file is kept aside, so restoring can be undone by restoring it again.</source>
        <translation>Wählen Sie eine Sicherung von %1. Die aktuelle Datei wird beiseitegelegt, sodass Sie die Wiederherstellung rückgängig machen können, indem Sie sie wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>%1 — %2 — %3 KB</source>
        <translation>%1 — %2 — %3 KB</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>There are no backups of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>the file a restore replaced</source>
        <translation>die durch eine Wiederherstellung ersetzte Datei</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>&amp;Add room</source>
        <translation>&amp;Raum hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Remove room</source>
        <translation>Raum entfernen</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../../app/ui/dialogs/sheet_preview.py"/>
        <source>Preview of the first sheet</source>
        <translation>Vorschau des ersten Bogens</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Came</source>
        <translation>Gekommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Similar events</source>
        <translation>Ähnliche Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Said they'd come and didn't, %n times</source>
        <translation>Hat %n-mal zugesagt und ist nicht gekommen</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Lines not imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>&lt;b&gt;%1 new guests&lt;/b&gt;, %2 updated, %3 already up to date.</source>
        <translation>&lt;b&gt;%1 neue Gäste&lt;/b&gt;, %2 aktualisiert, %3 schon aktuell.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>New people: %1 · merged with someone you know: %2.</source>
        <translation>Neue Personen: %1 · mit bekannten Personen zusammengeführt: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%1 guests marked going joined the waitlist: the event is full.</source>
        <translation>%1 Gäste mit Zusage sind auf die Warteliste gekommen: Die Veranstaltung ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%1 guests marked going were let in beyond capacity.</source>
        <translation>%1 Gäste mit Zusage wurden über die Kapazität hinaus eingelassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%1 lines could not be imported; fix them in the file and import again.</source>
        <translation>%1 Zeilen konnten nicht importiert werden; korrigieren Sie sie in der Datei und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Line %1: %2 was added as a new person (same name as someone you know).</source>
        <translation>Zeile %1: %2 wurde als neue Person angelegt (gleicher Name wie eine bekannte Person).</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Connect to team database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>A team shares one PostgreSQL database. Ask whoever runs it for these details.</source>
        <translation>Ein Team teilt sich eine PostgreSQL-Datenbank. Fragen Sie die Person, die sie betreibt, nach diesen Angaben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Please fill in: %1</source>
        <translation>Bitte ausfüllen: %1</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Write a message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Edit…</source>
        <translation>Be&amp;arbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;New…</source>
        <translation>Ne&amp;u…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Your name, to sign messages</source>
        <translation>Ihr Name zum Unterschreiben von Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Move them to “Asked” on the core board</source>
        <translation>In der Kern-Tafel nach „Angefragt“ verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Open in &amp;mail program</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>S&amp;igned:</source>
        <translation>Unterschri&amp;ft:</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Messa&amp;ge:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>No e-mail address known</source>
        <translation>Keine E-Mail-Adresse bekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Type your name under “Signed”: this template signs with it.</source>
        <translation>Geben Sie unter „Unterschrift“ Ihren Namen ein: Diese Vorlage unterschreibt damit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Sent “%1”</source>
        <translation>„%1“ gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Send “%1”</source>
        <translation>„%1“ senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Sign messages as %1</source>
        <translation>Nachrichten mit %1 unterschreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Edit template “%1”</source>
        <translation>Vorlage „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Add template “%1”</source>
        <translation>Vorlage „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Delete the template “%1”? You can undo this.</source>
        <translation>Die Vorlage „%1“ löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Delete template “%1”</source>
        <translation>Vorlage „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>The name they like to be called</source>
        <translation>Wie die Person genannt werden möchte</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Their whole name, in their own order</source>
        <translation>Der ganze Name, in der eigenen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>The event's title</source>
        <translation>Der Titel der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>The event's date, in its time zone</source>
        <translation>Das Datum der Veranstaltung, in ihrer Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>The event's start time, in its time zone</source>
        <translation>Die Beginnzeit der Veranstaltung, in ihrer Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Where the event happens</source>
        <translation>Wo die Veranstaltung stattfindet</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Your name, as set in the message window</source>
        <translation>Ihr Name, wie im Nachrichtenfenster eingestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Insert a placeholder…</source>
        <translation>Platzhalter einfügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Follow up with %1.</source>
        <translation>Bei %1 nachfassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Nudge %1 about their answer.</source>
        <translation>%1 an die Antwort erinnern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Catch up with %1.</source>
        <translation>Sich bei %1 melden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Thank %1 for coming.</source>
        <translation>%1 fürs Kommen danken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Check in with %1, who missed it.</source>
        <translation>Bei %1 nachfragen, die nicht kommen konnten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n day overdue</source>
        <translation>%n Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n days overdue</source>
        <translation>%n Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Thank the host</source>
        <translation>Dem Gastgeber danken</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>asked %n day ago</source>
        <translation>vor %n Tag angefragt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>asked %n days ago</source>
        <translation>vor %n Tagen angefragt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>every %n day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>every %n days</source>
        <translation>alle %n Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>never talked to</source>
        <translation>noch nie gesprochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>last talked %1</source>
        <translation>zuletzt gesprochen %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>After “%1”: thank who came</source>
        <translation>Nach „%1“: danken</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>After “%1”: check in with who missed it</source>
        <translation>Nach „%1“: bei Fehlenden melden</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>… and %n more</source>
        <translation>… und %n weitere</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Waiting for an answer for over %n day</source>
        <translation>Seit über %n Tag ohne Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Waiting for an answer for over %n days</source>
        <translation>Seit über %n Tagen ohne Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Coming up this week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n overdue</source>
        <translation>%n überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n due today</source>
        <translation>%n heute fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n waiting for an answer</source>
        <translation>%n warten auf Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n to keep in touch with</source>
        <translation>%n zur Kontaktpflege</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n to follow up after events</source>
        <translation>%n zum Nachfassen nach Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>No follow-ups due this week ✓</source>
        <translation>Diese Woche ist nichts fällig ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>People to reach out to</source>
        <translation>Bei wem Sie sich melden sollten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Nobody is waiting on you, and every cadence is kept ✓</source>
        <translation>Niemand wartet auf Sie, und alle Rhythmen sind eingehalten ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Mark &amp;done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Open &amp;person</source>
        <translation>&amp;Person öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Write a &amp;message…</source>
        <translation>&amp;Nachricht schreiben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Days before an unanswered ask is listed</source>
        <translation>Tage, bis eine unbeantwortete Anfrage angezeigt wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>List unanswered asks after</source>
        <translation>Unbeantwortete Anfragen zeigen nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Mark done…</source>
        <translation>Als erledigt markieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Open person</source>
        <translation>Person öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>&lt;p style='font-size:x-large'&gt;All caught up ✓&lt;/p&gt;&lt;p&gt;Nothing is due today. A good moment to plan the next event, or to say hello to someone you haven't seen in a while.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:x-large'&gt;Alles erledigt ✓&lt;/p&gt;&lt;p&gt;Heute ist nichts fällig. Ein guter Moment, die nächste Veranstaltung zu planen oder sich bei jemandem zu melden, den Sie länger nicht gesehen haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>%1, %2</source>
        <comment>greeting, then the organizer's name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>List unanswered asks after %n days</source>
        <translation>Unbeantwortete Anfragen nach %n Tagen zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>O&amp;pen venue</source>
        <translation>&amp;Ort öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Open venue</source>
        <translation>Ort öffnen</translation>
    </message>
</context>
<context>
    <name>VenueDetail</name>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Edit &amp;Partner…</source>
        <translation>&amp;Partner bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Terms</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Pipeline</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>History</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Choose a venue partner to see its details.</source>
        <translation>Wählen Sie einen Partner-Ort, um die Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>How to get in:</source>
        <translation>Zugang:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Closes at:</source>
        <translation>Schließt um:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Amenities:</source>
        <translation>Ausstattung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Food and drink:</source>
        <translation>Essen und Trinken:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>House rules:</source>
        <translation>Hausordnung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Terms:</source>
        <translation>Konditionen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>They get:</source>
        <translation>Sie bekommen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Move</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>How</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Partnership steps</source>
        <translation>Schritte der Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>&amp;Log a step…</source>
        <translation>Schritt &amp;festhalten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Thank-you</source>
        <translation>Dank</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Events hosted</source>
        <translation>Veranstaltungen dort</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>&amp;Thank the host…</source>
        <translation>Gastgeber dan&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Host &amp;sheet…</source>
        <translation>Gastgeberb&amp;latt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Include the guest list</source>
        <translation>Gästeliste beilegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Print the guest list even if the venue doesn't ask for one</source>
        <translation>Die Gästeliste auch drucken, wenn der Ort keine verlangt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>The event's time zone</source>
        <translation>Die Zeitzone der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Next follow-up: %1</source>
        <translation>Nächste Wiedervorlage: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%n event held here</source>
        <translation>%n Veranstaltung hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%n events held here</source>
        <translation>%n Veranstaltungen hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%1 so far; last thanked: %2.</source>
        <translation>%1 bisher; zuletzt gedankt: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%1 checked in</source>
        <translation>%1 eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%1 going</source>
        <translation>%1 Zusagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Thanked %1</source>
        <translation>Gedankt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Guest list %1 days before</source>
        <translation>Gästeliste %1 Tage vorher</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>photo ID at the door</source>
        <translation>Lichtbildausweis am Einlass</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%1 (done)</source>
        <translation>%1 (erledigt)</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Edit venue partner</source>
        <translation>Partner-Ort bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>New venue partner</source>
        <translation>Neuer Partner-Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Same as each event</source>
        <translation>Wie jede Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Entrance, floor, check-in desk…</source>
        <translation>Eingang, Stockwerk, Empfang…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Others, separated by commas</source>
        <translation>Weitere, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Other amenities</source>
        <translation>Weitere Ausstattung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Closes at</source>
        <translation>Schließt um</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Closing time</source>
        <translation>Schließzeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Guests show a photo ID at the door</source>
        <translation>Gäste zeigen am Einlass einen Lichtbildausweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Photos, floor plans, agreements: one per line</source>
        <translation>Fotos, Grundrisse, Vereinbarungen: einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>e.g. 250.00</source>
        <translation>z. B. 250,00</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Anything else, separated by commas</source>
        <translation>Sonstiges, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Other things they get</source>
        <translation>Was sie sonst bekommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Organi&amp;zation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>T&amp;ime zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Web page:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Access and rules</source>
        <translation>Zugang und Regeln</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>How to &amp;get in:</source>
        <translation>&amp;Zugang:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Amenities:</source>
        <translation>Ausstattung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Food and drink:</source>
        <translation>&amp;Essen und Trinken:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;House rules:</source>
        <translation>&amp;Hausordnung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Closing time:</source>
        <translation>Schließzeit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Guest &amp;list:</source>
        <translation>&amp;Gästeliste:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Security notes:</source>
        <translation>&amp;Sicherheitshinweise:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Lin&amp;ks:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Terms:</source>
        <translation>&amp;Konditionen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>C&amp;ost:</source>
        <translation>K&amp;osten:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>They get:</source>
        <translation>Sie bekommen:</translation>
    </message>
</context>
<context>
    <name>VenueStepDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>Log a step — %1</source>
        <translation>Schritt festhalten — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>%1 (stays)</source>
        <translation>%1 (bleibt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>No particular event</source>
        <translation>Keine bestimmte Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>Follow up on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>Follow-up date</source>
        <translation>Datum der Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;Moves to:</source>
        <translation>Wechselt &amp;zu:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;How:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>Next:</source>
        <translation>Nächster Schritt:</translation>
    </message>
</context>
<context>
    <name>VenueWarningsBox</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_warnings_box.py"/>
        <source>Venue warnings</source>
        <translation>Hinweise zum Ort</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Search partners by name, organization, address, room, contact or stage</source>
        <translation>Partner nach Name, Organisation, Adresse, Raum, Kontakt oder Phase suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Venue partners</source>
        <translation>Partner-Orte</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>%n partner</source>
        <translation>%n Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>%n partners</source>
        <translation>%n Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>%1 of %n partner</source>
        <translation>%1 von %n Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>%1 of %n partners</source>
        <translation>%1 von %n Partnern</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>No venue partner matches your search.</source>
        <translation>Kein Partner-Ort passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>No venue partners yet. Add the places that host you with New (Ctrl+N).</source>
        <translation>Noch keine Partner-Orte. Fügen Sie die Orte, die Sie beherbergen, mit „Neu“ (Strg+N) hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Delete %1 with its rooms, contacts and log? Its events stay, without a venue. You can undo this.</source>
        <translation>%1 mit Räumen, Kontakten und Verlauf löschen? Die Veranstaltungen bleiben, ohne Ort. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Delete %n venue partners? Their events stay, without a venue. You can undo this.</source>
        <translation>%n Partner-Orte löschen? Ihre Veranstaltungen bleiben, ohne Ort. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Delete %n venue partners</source>
        <translation>%n Partner-Orte löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Remove this step from the partnership log? You can undo this.</source>
        <translation>Diesen Schritt aus dem Verlauf der Partnerschaft entfernen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Remove a step from the log</source>
        <translation>Einen Schritt aus dem Verlauf entfernen</translation>
    </message>
</context>
<context>
    <name>VenuesTableModel</name>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Thank the host</source>
        <translation>Dem Gastgeber danken</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Room for</source>
        <translation>Platz für</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>People the largest room holds</source>
        <translation>Wie viele Personen der größte Raum fasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Hosted</source>
        <translation>Ausgerichtet</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Events held there so far</source>
        <translation>Bisherige Veranstaltungen dort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Terms</source>
        <translation>Konditionen</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Walk-in's name</source>
        <translation>Name des Gasts ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>E-mail (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Walk-in's e-mail</source>
        <translation>E-Mail des Gasts ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Add and check in</source>
        <translation>Hinzufügen und einchecken</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Walk-in:</source>
        <translation>Ohne Anmeldung:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Welcome to Convivio</source>
        <translation>Willkommen bei Convivio</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>&amp;Explore the demo</source>
        <translation>&amp;Demo ansehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Opens a separate practice database with made-up people, events and answers. Your own database stays empty.</source>
        <translation>Öffnet eine eigene Übungsdatenbank mit erfundenen Personen, Veranstaltungen und Antworten. Ihre eigene Datenbank bleibt leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>&amp;Import a guest list</source>
        <translation>Gästeliste &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Bring in people from a spreadsheet saved as CSV. You first add the event they are coming to.</source>
        <translation>Übernehmen Sie Personen aus einer als CSV gespeicherten Tabelle. Legen Sie zuerst die Veranstaltung an, zu der sie kommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>&amp;Start empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Add your first event and the people you know yourself.</source>
        <translation>Legen Sie Ihre erste Veranstaltung und die Personen an, die Sie kennen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Creating the demo database…</source>
        <translation>Demo-Datenbank wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Demo database progress</source>
        <translation>Fortschritt der Demo-Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Getting Started &amp;Guide</source>
        <translation>&amp;Anleitung für den Einstieg</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>&amp;Don't show this again</source>
        <translation>&amp;Nicht mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Convivio helps you grow events from a small core of people you know: ask them one to one, announce, invite the rest, print badges and check guests in at the door. How would you like to begin?</source>
        <translation>Mit Convivio lassen Sie Veranstaltungen aus einem kleinen Kern von Menschen wachsen, die Sie kennen: persönlich fragen, ankündigen, die anderen einladen, Namensschilder drucken und am Einlass einchecken. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>announce</name>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>%n more person is missing.</source>
        <translation>Es fehlt noch %n Person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>%n more people are missing.</source>
        <translation>Es fehlen noch %n Personen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>Only %1 of the %2 core people for “%3” have committed: %4

Announce it anyway?</source>
        <translation>Erst %1 der %2 Personen der Kerngruppe für „%3“ haben zugesagt: %4

Trotzdem ankündigen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>The core isn't complete</source>
        <translation>Die Kerngruppe ist nicht vollständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>Announce anyway</source>
        <translation>Trotzdem ankündigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>Not announced: the core isn't complete yet. Choose another status or confirm more people first.</source>
        <translation>Nicht angekündigt: Die Kerngruppe ist noch nicht vollständig. Wählen Sie einen anderen Status oder bestätigen Sie zuerst weitere Personen.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>To ask</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Came</source>
        <translation>Gekommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Coming</source>
        <translation>Kommt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Not going</source>
        <translation>Kommt nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Going</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Waitlisted</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>in %n day</source>
        <translation>in %n Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>in %n days</source>
        <translation>in %n Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>%n day ago</source>
        <translation>vor %n Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>%n days ago</source>
        <translation>vor %n Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/crash_dialog.py"/>
        <source>Convivio ran into a problem</source>
        <translation>Bei Convivio ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py"/>
        <source>Something went wrong inside Convivio. Your saved data is safe; the action you were doing may not have finished. Please copy the report below and send it to the developers.</source>
        <translation>In Convivio ist etwas schiefgelaufen. Ihre gespeicherten Daten sind sicher; die Aktion, die Sie gerade ausgeführt haben, ist vielleicht nicht abgeschlossen. Bitte kopieren Sie den Bericht unten und schicken Sie ihn an die Entwickler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py"/>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py"/>
        <source>Convivio</source>
        <translation>Convivio</translation>
    </message>
</context>
<context>
    <name>field_labels</name>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Name order</source>
        <translation>Namensfolge</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Platform ids</source>
        <translation>Plattform-IDs</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>How we met</source>
        <translation>Kennengelernt über</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Core target</source>
        <translation>Ziel für die Kerngruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Practical information</source>
        <translation>Praktische Hinweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Setup notes</source>
        <translation>Notizen zum Aufbau</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Contact on the day</source>
        <translation>Ansprechperson vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>RSVPs</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Amenities</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Food and drink rules</source>
        <translation>Regeln für Essen und Trinken</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>House rules</source>
        <translation>Hausordnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Closing time</source>
        <translation>Schließzeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Guest list due (days before)</source>
        <translation>Gästeliste fällig (Tage vorher)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>ID required</source>
        <translation>Ausweis nötig</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Security notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Terms</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>What we give back</source>
        <translation>Was wir zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Partnership notes</source>
        <translation>Notizen zur Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Guests</source>
        <translation>Begleitungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Dietary needs</source>
        <translation>Ernährungswünsche</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Accessibility needs</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../app/ui/i18n.py"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py"/>
        <source>A new language applies when you restart Convivio.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Convivio.</translation>
    </message>
</context>
<context>
    <name>invite_labels</name>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Invitation (new)</source>
        <translation>Einladung (neu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Updated invitation</source>
        <translation>Aktualisierte Einladung</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Invitation again (after a cancellation)</source>
        <translation>Erneute Einladung (nach einer Absage)</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Invitation (again)</source>
        <translation>Einladung (erneut)</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Cancellation (un-invited)</source>
        <translation>Absage (ausgeladen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: no e-mail address</source>
        <translation>Übersprungen: keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: e-mail address calendars can't use</source>
        <translation>Übersprungen: E-Mail-Adresse, die Kalender nicht nutzen können</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: on the waitlist</source>
        <translation>Übersprungen: auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: waiting for approval</source>
        <translation>Übersprungen: wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: declined</source>
        <translation>Übersprungen: abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: has the current invitation</source>
        <translation>Übersprungen: hat die aktuelle Einladung</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: never received an invitation</source>
        <translation>Übersprungen: hat nie eine Einladung erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: already sent the cancellation</source>
        <translation>Übersprungen: Absage schon verschickt</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n without an e-mail address</source>
        <translation>%n ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n with an unusable e-mail address</source>
        <translation>%n mit unbrauchbarer E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n with unusable e-mail addresses</source>
        <translation>%n mit unbrauchbaren E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n on the waitlist</source>
        <translation>%n auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n waiting for approval</source>
        <translation>%n warten auf Freigabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n declined</source>
        <translation>%n abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n already up to date</source>
        <translation>%n schon aktuell</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n never invited</source>
        <translation>%n nie eingeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n already cancelled</source>
        <translation>%n schon ausgeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped %1: %2.</source>
        <translation>%1 übersprungen: %2.</translation>
    </message>
</context>
<context>
    <name>invite_offer</name>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>“%1” is cancelled. %n guest received a calendar invitation. Export a cancellation so the event leaves their calendar?</source>
        <translation>„%1“ ist abgesagt. %n Gast hat eine Kalendereinladung erhalten. Eine Absage exportieren, damit die Veranstaltung aus dem Kalender verschwindet?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>“%1” is cancelled. %n guests received a calendar invitation. Export cancellations so the event leaves their calendars?</source>
        <translation>„%1“ ist abgesagt. %n Gäste haben eine Kalendereinladung erhalten. Absagen exportieren, damit die Veranstaltung aus ihren Kalendern verschwindet?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>Export Cancellations…</source>
        <translation>Absagen exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>“%1” is back on. %n guest was sent a cancellation. Export the invitation again?</source>
        <translation>„%1“ findet wieder statt. %n Gast hat eine Absage erhalten. Die Einladung erneut exportieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>“%1” is back on. %n guests were sent a cancellation. Export the invitations again?</source>
        <translation>„%1“ findet wieder statt. %n Gäste haben eine Absage erhalten. Die Einladungen erneut exportieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>You changed the time, date or place of “%1”. %n guest has an invitation with the old details. Export an updated invitation?</source>
        <translation>Sie haben Zeit, Datum oder Ort von „%1“ geändert. %n Gast hat eine Einladung mit den alten Angaben. Eine aktualisierte Einladung exportieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>You changed the time, date or place of “%1”. %n guests have an invitation with the old details. Export updated invitations?</source>
        <translation>Sie haben Zeit, Datum oder Ort von „%1“ geändert. %n Gäste haben eine Einladung mit den alten Angaben. Aktualisierte Einladungen exportieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>Export Updates…</source>
        <translation>Aktualisierungen exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>Calendar Invites</source>
        <translation>Kalendereinladungen</translation>
    </message>
</context>
<context>
    <name>invite_rows</name>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Gets</source>
        <translation>Bekommt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Waitlist (the event is full)</source>
        <translation>Warteliste (die Veranstaltung ist voll)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>(no change)</source>
        <translation>(keine Änderung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>label_stocks</name>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery 5392 / 5384 name badge inserts, 4 x 3 in, 6 per sheet</source>
        <translation>Avery 5392 / 5384 Einsteckkarten für Namensschilder, 4 × 3 Zoll, 6 pro Bogen</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Perforated card inserts that touch (pitch = size). Neither source gives a corner radius. LibreOffice also lists 74540/74541 with the same measure; not verified, so not listed as aliases.</source>
        <translation>Perforierte Einsteckkarten, die aneinanderstoßen (Abstand = Größe). Keine der Quellen nennt einen Eckenradius. LibreOffice führt auch 74540/74541 mit denselben Maßen; nicht geprüft, daher nicht als Alias geführt.</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery 5395 / 8395 adhesive name badges, 3-3/8 x 2-1/3 in, 8 per sheet</source>
        <translation>Avery 5395 / 8395 selbstklebende Namensschilder, 3-3/8 × 2-1/3 Zoll, 8 pro Bogen</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Die-cut labels with 9.5 mm gaps between columns and 4.2 mm between rows.</source>
        <translation>Gestanzte Etiketten mit 9,5 mm Abstand zwischen den Spalten und 4,2 mm zwischen den Zeilen.</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery L7418 name badge labels, 86 x 55 mm, 8 per A4 sheet</source>
        <translation>Avery L7418 Namensetiketten, 86 × 55 mm, 8 pro A4-Bogen</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Only one source (not in gLabels). Pitch = size, so the labels touch. No corner radius in the source; print the alignment sheet before a large run.</source>
        <translation>Nur eine Quelle (nicht in gLabels). Abstand = Größe, die Etiketten stoßen also aneinander. Kein Eckenradius in der Quelle; drucken Sie vor einem großen Durchgang das Ausrichtungsblatt.</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery L4785 self-adhesive name badges, 80 x 50 mm, 10 per A4 sheet</source>
        <translation>Avery L4785 selbstklebende Namensschilder, 80 × 50 mm, 10 pro A4-Bogen</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Same pitch as HERMA 4412 but 0.5 mm further right and up, as the sources give them.</source>
        <translation>Gleicher Abstand wie HERMA 4412, aber 0,5 mm weiter rechts und oben, wie die Quellen angeben.</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Durable BADGEMAKER inserts 1445-02, 90 x 54 mm, 10 per A4 sheet</source>
        <translation>Durable BADGEMAKER Einsteckkarten 1445-02, 90 × 54 mm, 10 pro A4-Bogen</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Perforated inserts that touch (pitch = size).</source>
        <translation>Perforierte Einsteckkarten, die aneinanderstoßen (Abstand = Größe).</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>HERMA 4412 name labels, 80 x 50 mm, 10 per A4 sheet</source>
        <translation>HERMA 4412 Namensetiketten, 80 × 50 mm, 10 pro A4-Bogen</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>The source gives no corner radius.</source>
        <translation>Die Quelle nennt keinen Eckenradius.</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Plain A4, cut yourself: 4 x A6 portrait (105 x 148.5 mm)</source>
        <translation>Normales A4, selbst schneiden: 4 × A6 hochkant (105 × 148,5 mm)</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Cells reach the paper edge, where office printers leave 3-5 mm blank, so the padding is 7 mm. No room for crop marks outside the cells: use the outline as cut lines.</source>
        <translation>Die Felder reichen bis an den Papierrand, wo Bürodrucker 3–5 mm frei lassen; deshalb beträgt der Innenabstand 7 mm. Kein Platz für Schnittmarken außerhalb der Felder: Schneiden Sie am Umriss entlang.</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Plain A4, cut yourself: 4 badges of 3 x 4 in (portrait), centred</source>
        <translation>Normales A4, selbst schneiden: 4 Namensschilder zu 3 × 4 Zoll (hochkant), zentriert</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Needs crop marks or the outline to cut along.</source>
        <translation>Braucht Schnittmarken oder den Umriss zum Schneiden.</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Plain US Letter, cut yourself: 4 badges of 3 x 4 in (portrait), centred</source>
        <translation>Normales US-Letter, selbst schneiden: 4 Namensschilder zu 3 × 4 Zoll (hochkant), zentriert</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Needs crop marks or the outline to cut along. For Avery 5392 inserts use avery-5392 (6 per sheet, landscape).</source>
        <translation>Braucht Schnittmarken oder den Umriss zum Schneiden. Für Avery-5392-Einsteckkarten nehmen Sie avery-5392 (6 pro Bogen, quer).</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery 5305 medium tent cards, 2-1/2 x 8-1/2 in folded, 2 per Letter sheet</source>
        <translation>Avery 5305 mittlere Tischaufsteller, 2-1/2 × 8-1/2 Zoll gefaltet, 2 pro Letter-Bogen</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>The card folds across its middle (panels 8.5 x 2.5 in). The padding is LibreOffice's safe area; the cards run to the side edges of the paper.</source>
        <translation>Die Karte wird in der Mitte gefaltet (Flächen 8,5 × 2,5 Zoll). Der Innenabstand ist der sichere Bereich laut LibreOffice; die Karten reichen bis an die Seitenränder des Papiers.</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery 5309 large tent card, 3-1/2 x 11 in folded, 1 per landscape Letter sheet</source>
        <translation>Avery 5309 großer Tischaufsteller, 3-1/2 × 11 Zoll gefaltet, 1 pro Letter-Bogen quer</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Letter (landscape)</source>
        <translation>US-Letter (quer)</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>The sources disagree on the safe area; the padding (0.5 in) is the smaller area of the two. The card folds across its middle (panels 11 x 3.5 in).</source>
        <translation>Die Quellen sind sich beim sicheren Bereich uneinig; der Innenabstand (0,5 Zoll) ist der kleinere der beiden. Die Karte wird in der Mitte gefaltet (Flächen 11 × 3,5 Zoll).</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Plain A4 card, cut and fold yourself: 2 tent cards of 190 x 69 mm folded</source>
        <translation>Normaler A4-Karton, selbst schneiden und falten: 2 Tischaufsteller zu 190 × 69 mm gefaltet</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Print on 160-250 g/m2 card, cut along the outline or crop marks, fold along the dashed line.</source>
        <translation>Auf Karton mit 160–250 g/m² drucken, am Umriss oder an den Schnittmarken schneiden, an der gestrichelten Linie falten.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Dinner</source>
        <translation>Dinner</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Class</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Panel</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Conference side event</source>
        <translation>Rahmenprogramm</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Confirming core</source>
        <translation>Kerngruppe wird bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Co-working space</source>
        <translation>Coworking-Space</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Non-profit</source>
        <translation>Gemeinnützige Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Given name first (Ada Lovelace)</source>
        <translation>Vorname zuerst (Ada Lovelace)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Family name first (张伟, Nagy Zoltán)</source>
        <translation>Nachname zuerst (张伟, Nagy Zoltán)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rsvp_labels</name>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Going</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Pending approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Staff</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Spreadsheet (hand-made list)</source>
        <translation>Tabelle (selbst erstellte Liste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Platform user id</source>
        <translation>Benutzer-ID der Plattform</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Profile link</source>
        <translation>Profil-Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Guests (+N)</source>
        <translation>Begleitungen (+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Came / checked in</source>
        <translation>Gekommen / eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Check-in time</source>
        <translation>Check-in-Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Registration date</source>
        <translation>Anmeldedatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Dietary needs</source>
        <translation>Ernährungswünsche</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Accessibility needs</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Ticket type</source>
        <translation>Ticketart</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Offered a seat until %1</source>
        <translation>Platz angeboten bis %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Waitlist #%1</source>
        <translation>Warteliste Nr. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>%1 (beyond capacity)</source>
        <translation>%1 (über der Kapazität)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>no capacity set</source>
        <translation>keine Kapazität festgelegt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>%1 of %2 seats left</source>
        <translation>%1 von %2 Plätzen frei</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offer accepted</source>
        <translation>Angebot angenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offer expired</source>
        <translation>Angebot abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offer declined</source>
        <translation>Angebot abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>seated beyond capacity</source>
        <translation>über die Kapazität hinaus platziert</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>waitlisted: the event is full</source>
        <translation>auf die Warteliste gesetzt: Die Veranstaltung ist voll</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>needs changed</source>
        <translation>Bedarf geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>reconfirmed</source>
        <translation>erneut bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>reconfirmation cleared</source>
        <translation>erneute Bestätigung zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offered by hand</source>
        <translation>von Hand angeboten</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>seated by hand</source>
        <translation>von Hand platziert</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>check-in taken back</source>
        <translation>Check-in zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>walked in and checked in</source>
        <translation>ohne Anmeldung gekommen und eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Confirmed as part of the core</source>
        <translation>Als Teil der Kerngruppe bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>guests %1 → %2</source>
        <translation>Begleitungen %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>role %1 → %2</source>
        <translation>Rolle %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offered a seat until %1</source>
        <translation>Platz angeboten bis %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>calendar invitation exported (version %1)</source>
        <translation>Kalendereinladung exportiert (Version %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>calendar cancellation exported (version %1)</source>
        <translation>Kalenderabsage exportiert (Version %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>imported from %1 (line %2)</source>
        <translation>importiert aus %1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>updated from %1 (line %2)</source>
        <translation>aktualisiert aus %1 (Zeile %2)</translation>
    </message>
</context>
<context>
    <name>venue_commands</name>
    <message>
        <location filename="../../app/ui/commands/venues.py"/>
        <source>Log “%1” for %2</source>
        <translation>„%1“ für %2 festhalten</translation>
    </message>
</context>
<context>
    <name>venue_labels</name>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Hosted</source>
        <translation>Ausgerichtet</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Thanked</source>
        <translation>Gedankt</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Donated</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Discounted</source>
        <translation>Ermäßigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>In kind</source>
        <translation>Gegenleistung</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Projector / screen</source>
        <translation>Beamer / Leinwand</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Microphones</source>
        <translation>Mikrofone</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Lift</source>
        <translation>Aufzug</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Accessible toilet</source>
        <translation>Barrierefreies WC</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Recruiting visibility</source>
        <translation>Sichtbarkeit fürs Recruiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>A talk slot</source>
        <translation>Ein Vortragsslot</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Logo on the invitation</source>
        <translation>Logo auf der Einladung</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>%1 holds %2 seated</source>
        <translation>%1 fasst %2 Sitzplätze</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>%1 holds %2 standing</source>
        <translation>%1 fasst %2 Stehplätze</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>%1 holds %2</source>
        <translation>%1 fasst %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The event allows %1 people, but %2.</source>
        <translation>Die Veranstaltung erlaubt %1 Personen, aber %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>%1 people are going (with guests), but %2.</source>
        <translation>%1 Personen haben zugesagt (mit Begleitungen), aber %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The event ends at %1, but the venue closes at %2 (%3): %4 min too late.</source>
        <translation>Die Veranstaltung endet um %1, der Ort schließt aber um %2 (%3): %4 Min. zu spät.</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The venue wanted the guest list by %1; send it now.</source>
        <translation>Der Ort wollte die Gästeliste bis %1; schicken Sie sie jetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The venue wants the guest list today (%1).</source>
        <translation>Der Ort möchte die Gästeliste heute (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The venue wants the guest list tomorrow (%1).</source>
        <translation>Der Ort möchte die Gästeliste morgen (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The venue wants the guest list in %1 days (%2).</source>
        <translation>Der Ort möchte die Gästeliste in %1 Tagen (%2).</translation>
    </message>
</context>
</TS>
