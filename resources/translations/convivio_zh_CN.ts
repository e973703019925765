<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Connect to Team Database…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Add a new record to the list shown (Ctrl+N)</source>
        <translation>在当前列表中新建一条记录（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Guest List</source>
        <translation>宾客名单(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Import Guest List…</source>
        <translation>导入宾客名单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Check-in Mode</source>
        <translation>签到模式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Calendar In&amp;vites…</source>
        <translation>日历邀请(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Import Calendar &amp;Replies…</source>
        <translation>导入日历回复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Badges…</source>
        <translation>胸牌(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Place Cards…</source>
        <translation>桌卡(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Export Calendar &amp;Feed…</source>
        <translation>导出日历订阅源(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Host Sheet…</source>
        <translation>场地方说明单(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>A PDF for the venue's host about the selected event</source>
        <translation>为场地方准备的所选活动 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Getting Started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;About Convivio</source>
        <translation>关于 Convivio(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Add people to the core</source>
        <translation>添加核心成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Search by name, e-mail or organization</source>
        <translation>按姓名、电子邮件或组织搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>People with a tag</source>
        <translation>带某个标签的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Came to similar events</source>
        <translation>参加过类似活动的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Haven't seen in a while</source>
        <translation>很久没见的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>more than </source>
        <translation>超过 </translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>People found</source>
        <translation>找到的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>&amp;Add to core</source>
        <translation>加入核心成员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Narrow down…</source>
        <translation>请缩小范围…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>%n person found</source>
        <translation>找到 %n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>%n people found</source>
        <translation>找到 %n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>No one else has this tag.</source>
        <translation>没有其他人有这个标签。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>No one has come to an event of this kind yet.</source>
        <translation>还没有人参加过这类活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>Everyone you know was seen more recently than that.</source>
        <translation>你认识的人最近都见过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>No one found.</source>
        <translation>没有找到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/add_people_dialog.py"/>
        <source>(People already on this core aren't listed.)</source>
        <translation>（已在核心名单中的人不会列出。）</translation>
    </message>
</context>
<context>
    <name>AssistRoutes</name>
    <message>
        <location filename="../../app/ui/assist_routes.py"/>
        <source>Select an event first, then use the Event menu.</source>
        <translation>请先选择一个活动，然后使用“活动”菜单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/assist_routes.py"/>
        <source>Add the event, then choose Event → Import Guest List… (Ctrl+Shift+I).</source>
        <translation>先添加活动，然后选择“活动 → 导入宾客名单…”（Ctrl+Shift+I）。</translation>
    </message>
</context>
<context>
    <name>BadgeOptionsForm</name>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Name badges</source>
        <translation>胸牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Place cards (folded tent cards)</source>
        <translation>桌卡（折叠立卡）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Label stock</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Check-in code (scan at the door)</source>
        <translation>签到码（入口扫码）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Contact card (vCard)</source>
        <translation>联系人名片（vCard）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>No QR code</source>
        <translation>不加二维码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Role stripe (host, speaker, core, staff, guest)</source>
        <translation>角色色条（主持人、讲者、核心、工作人员、宾客）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Two-sided (names on the back, for flip badges)</source>
        <translation>双面（背面也印姓名，适合翻转胸牌）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Number tables and seats in list order</source>
        <translation>按名单顺序编桌号和座位号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source> per table</source>
        <translation> 人/桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Seats per table</source>
        <translation>每桌座位数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Outline each label</source>
        <translation>描出每张标签的轮廓</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Crop marks</source>
        <translation>裁切标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Move right</source>
        <translation>向右移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Move down</source>
        <translation>向下移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Alignment Test Sheet</source>
        <translation>对齐测试页</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>One page with every label's outline and centre: print it on plain paper, hold it against a label sheet, and correct the offset</source>
        <translation>一页印有每张标签的轮廓和中心：用普通纸打印，贴在标签纸上比对，再修正偏移</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Stock:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Badges</source>
        <translation>胸牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>QR code:</source>
        <translation>二维码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Place cards</source>
        <translation>桌卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Right</source>
        <translation>向右</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Down</source>
        <translation>向下</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Offset:</source>
        <translation>偏移：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Table</source>
        <translation>桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>Seat</source>
        <translation>座</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_options.py"/>
        <source>%1 per sheet · %2 · %3 paper</source>
        <translation>每张 %1 个 · %2 · %3 纸</translation>
    </message>
</context>
<context>
    <name>BadgeOutput</name>
    <message>
        <location filename="../../app/ui/dialogs/badge_output.py"/>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_output.py"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badge_output.py"/>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Badges and Place Cards</source>
        <translation>胸牌和桌卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Print at 100% (“Actual size”): turn off “Fit to page” and “Shrink oversized pages”, or the print will not line up with the labels and cards.</source>
        <translation>请按 100%（“实际大小”）打印：关闭“适合页面”和“缩小过大的页面”，否则打印内容会与标签和卡片错位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>People:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The guest selected in the guest list</source>
        <translation>宾客名单中选中的宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The %n guests selected in the guest list</source>
        <translation>宾客名单中选中的 %n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Everyone going</source>
        <translation>所有参加的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Everyone checked in</source>
        <translation>所有已签到的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Everyone who hasn't declined</source>
        <translation>所有未谢绝的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Going, maybe, invited, waitlisted or pending approval</source>
        <translation>参加、待定、已邀请、候补或待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n person</source>
        <translation>%n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n people</source>
        <translation>%n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n sheet</source>
        <translation>%n 张</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n sheets</source>
        <translation>%n 张</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Choose an event.</source>
        <translation>请选择一个活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Nobody is going to this event yet.</source>
        <translation>还没有人报名参加这个活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Nobody has checked in yet.</source>
        <translation>还没有人签到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The guest list is empty, or everyone declined.</source>
        <translation>宾客名单为空，或者所有人都谢绝了。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The first sheet, exactly as it will print</source>
        <translation>第一张纸，与打印效果完全一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>The preview could not be made.</source>
        <translation>无法生成预览。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Badges</source>
        <translation>胸牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Place cards</source>
        <translation>桌卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Alignment test</source>
        <translation>对齐测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Save the alignment test sheet</source>
        <translation>保存对齐测试页</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n page</source>
        <translation>%n 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>%n pages</source>
        <translation>%n 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/badges_dialog.py"/>
        <source>Saved %1 to %2.</source>
        <translation>已将 %1 保存到 %2。</translation>
    </message>
</context>
<context>
    <name>CalendarFeedDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Export Calendar Feed</source>
        <translation>导出日历订阅源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>A calendar file of your events without any guests, to put on a website or share: calendars that subscribe to it pick up changes and cancellations.</source>
        <translation>一个不含宾客信息的活动日历文件，可放到网站上或分享：订阅它的日历会自动获取变更和取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Only public events that have been announced</source>
        <translation>仅限已公布的公开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>events.ics</source>
        <translation>活动.ics</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Choose a file name.</source>
        <translation>请选择文件名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Writing the calendar feed…</source>
        <translation>正在写入日历订阅源…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Save the calendar feed</source>
        <translation>保存日历订阅源</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>%n event</source>
        <translation>%n 个活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>%n events</source>
        <translation>%n 个活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Wrote %1 to %2.</source>
        <translation>已将 %1 写入 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_feed_dialog.py"/>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>No-shows</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Events they said they'd come to and didn't</source>
        <translation>答应参加却没来的活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_candidates.py"/>
        <source>Last note</source>
        <translation>最近备注</translation>
    </message>
</context>
<context>
    <name>CapacityChoice</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Let everyone marked going in, over capacity</source>
        <translation>让所有报名参加的人入场，超出容量</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>They are marked as beyond capacity, like hosts and speakers seated on purpose.</source>
        <translation>他们会被标记为超出容量，就像有意安排入座的主持人和讲者一样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>The event is full (capacity %1): %n guest marked going will join the waitlist, in the file's order.</source>
        <translation>活动已满（容量 %1）：%n 位报名参加的宾客将按文件中的顺序进入候补。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>The event is full (capacity %1): %n guests marked going will join the waitlist, in the file's order.</source>
        <translation>活动已满（容量 %1）：%n 位报名参加的宾客将按文件中的顺序进入候补。</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../app/ui/core/card_delegate.py"/>
        <source>Follow up %1</source>
        <translation>%1跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/card_delegate.py"/>
        <source>%n no-show</source>
        <translation>缺席 %n 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/card_delegate.py"/>
        <source>%n no-shows</source>
        <translation>缺席 %n 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/card_delegate.py"/>
        <source>asked %1</source>
        <translation>%1邀请</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Type a name, e-mail or company — or scan a badge</source>
        <translation>输入姓名、电子邮件或公司——或扫描胸牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Find a guest</source>
        <translation>查找宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>The guest list stays hidden until you type (people in the queue can see the screen). Press Enter to check in the top match.</source>
        <translation>在你输入之前，宾客名单保持隐藏（排队的人能看到屏幕）。按回车为第一个匹配项签到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Walk-in…</source>
        <translation>现场登记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Someone not on the list: add and check them in</source>
        <translation>名单上没有的人：添加并签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Leave check-in</source>
        <translation>退出签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Check-in: choose an event first</source>
        <translation>签到：请先选择一个活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Check-in · %1 · %2</source>
        <translation>签到 · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Nobody on the list matches “%1”. Someone new? Use “Walk-in…” at the top.</source>
        <translation>名单上没有与“%1”匹配的人。是新来的吗？请使用顶部的“现场登记…”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>%1 is already in (since %2).</source>
        <translation>%1 已经签到（%2 起）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Walk-in %1</source>
        <translation>现场登记 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Check in %1</source>
        <translation>为 %1 签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>✓ %1 is in.</source>
        <translation>✓ %1 已签到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>With %n guest.</source>
        <translation>另带 %n 位同伴。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>With %n guests.</source>
        <translation>另带 %n 位同伴。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Seated beyond capacity.</source>
        <translation>已超出容量入座。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>✓ %1 added as a walk-in and checked in.</source>
        <translation>✓ 已将 %1 现场登记并签到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Undo check-in of %1</source>
        <translation>撤销 %1 的签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>Check-in of %1 taken back.</source>
        <translation>已撤回 %1 的签到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_panel.py"/>
        <source>checked in of %1 expected  ·  %2</source>
        <translation>已签到，共预计 %1 人  ·  %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>with %n guest</source>
        <translation>另带 %n 位同伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>with %n guests</source>
        <translation>另带 %n 位同伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>✓ in since %1</source>
        <translation>✓ %1 起已到场</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>expected</source>
        <translation>预计</translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <location filename="../../app/ui/checkin_window.py"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Someone else changed this</source>
        <translation>有人修改了这条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>%1 saved a change to this record while you were editing it. Choose, for each field, which value to keep.</source>
        <translation>%1 在你编辑时保存了对这条记录的修改。请为每个字段选择要保留的值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>A teammate</source>
        <translation>一位队友</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;字段&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;你的&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;对方的&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Keep yours: %1</source>
        <translation>保留你的：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Take theirs: %1</source>
        <translation>采用对方的：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Keep all mine</source>
        <translation>全部保留我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Take all theirs</source>
        <translation>全部采用对方的</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict_dialog.py"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Person to add</source>
        <translation>要添加的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Role, e.g. Facilities</source>
        <translation>角色，例如：物业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Add &amp;contact</source>
        <translation>添加联系人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>What was said, what's next…</source>
        <translation>谈了什么，下一步…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>&amp;Follow up on</source>
        <translation>跟进日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/conversation_dialog.py"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>CoreActions</name>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>&amp;Add people…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Find people to ask for this event's core (Insert)</source>
        <translation>查找可邀请加入此活动核心成员的人（Insert）</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>← Move &amp;left</source>
        <translation>← 左移(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Move &amp;right →</source>
        <translation>右移(&amp;R) →</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Write a &amp;message…</source>
        <translation>写消息(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Open &amp;person</source>
        <translation>打开联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Re&amp;move from core…</source>
        <translation>移出核心成员(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>&amp;List view</source>
        <translation>列表视图(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/panel_actions.py"/>
        <source>Move t&amp;o</source>
        <translation>移到(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CoreBoard</name>
    <message>
        <location filename="../../app/ui/core/board.py"/>
        <source>%1 column</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/board.py"/>
        <source>No one here yet</source>
        <translation>这里还没有人</translation>
    </message>
</context>
<context>
    <name>CoreEventsModel</name>
    <message>
        <location filename="../../app/ui/models/core_events.py"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_events.py"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
</context>
<context>
    <name>CorePanel</name>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Filter cards by name, organization…</source>
        <translation>按姓名、组织筛选卡片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Core candidates</source>
        <translation>核心成员候选人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>No upcoming events. Plan one in Events, then build its core.</source>
        <translation>没有即将举行的活动。请先在“活动”中策划一个，再组建它的核心成员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/core_panel.py"/>
        <source>To %1, about “%2”</source>
        <translation>致 %1，关于“%2”</translation>
    </message>
</context>
<context>
    <name>CoreProgressHeader</name>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Core progress</source>
        <translation>核心成员进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Core target</source>
        <translation>核心目标人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>How many people should commit before you announce</source>
        <translation>公布之前需要多少人承诺参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Core &amp;target:</source>
        <translation>核心目标(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>&amp;Announce…</source>
        <translation>公布(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Set the event's status to announced</source>
        <translation>将活动状态设为已公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>%1 committed</source>
        <translation>已承诺 %1 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>%1 of %2 committed</source>
        <translation>已承诺 %1 / %2 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>This event is announced.</source>
        <translation>此活动已公布。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Set a core target to see how close you are to announcing.</source>
        <translation>设置核心目标人数，即可看到离公布还差多少。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Ready to announce ✓</source>
        <translation>可以公布了 ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>%n more to go before you announce.</source>
        <translation>还差 %n 人即可公布。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/progress_header.py"/>
        <source>Start by adding people to ask.</source>
        <translation>先添加要邀请的人。</translation>
    </message>
</context>
<context>
    <name>CoreVerbs</name>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Add %1 to the core</source>
        <translation>将 %1 加入核心成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Add %n person</source>
        <translation>添加 %n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Add %n people</source>
        <translation>添加 %n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Take %1 off this event's core list? Your conversations stay in their history. You can undo this.</source>
        <translation>将 %1 移出此活动的核心名单？你们的沟通记录会保留在历史中。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Remove from core</source>
        <translation>移出核心成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Remove %1 from the core</source>
        <translation>将 %1 移出核心成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Move %1 from “%2” to “%3”.</source>
        <translation>将 %1 从“%2”移到“%3”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Move to %1</source>
        <translation>移到%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Move %1 to “%2”</source>
        <translation>将 %1 移到“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Reorder the core board</source>
        <translation>调整核心看板顺序</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Set the core target to %1</source>
        <translation>将核心目标设为 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Remove the core target</source>
        <translation>取消核心目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/verbs.py"/>
        <source>Announce “%1”</source>
        <translation>公布“%1”</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Going</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Maybe</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Declined</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Seats left</source>
        <translation>剩余座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>(%1 offered)</source>
        <translation>（已提供 %1 个）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>People going with their guests; %1 beyond capacity on purpose</source>
        <translation>参加的人及其同伴；其中 %1 人为有意超出容量</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>%1 already exists. Choose Open Database to use it.</source>
        <translation>%1 已存在。请选择“打开数据库”来使用它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Password not remembered</source>
        <translation>未记住密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>This system has no keyring to keep the password safely, so Convivio will ask for it next time.</source>
        <translation>此系统没有可安全保存密码的密钥环，Convivio 下次会再次询问。</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Choose a Convivio database</source>
        <translation>选择 Convivio 数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Convivio databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Convivio 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Restore the newest backup, taken %1?</source>
        <translation>恢复 %1 的最新备份？</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>A team database on a server is backed up by the server's administrator.</source>
        <translation>服务器上的团队数据库由服务器管理员负责备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Replace the database with this backup? Changes made since then are set aside with the current file, which is kept in the backups folder.</source>
        <translation>用此备份替换数据库？此后的修改会随当前文件一起保存在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/database_opener.py"/>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
</context>
<context>
    <name>DietaryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Dietary summary</source>
        <translation>饮食汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Needs for the caterer</source>
        <translation>给餐饮方的需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>%n person going</source>
        <translation>%n 人参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>%n people going</source>
        <translation>%n 人参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>plus %n guest</source>
        <translation>另加 %n 位同伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>plus %n guests</source>
        <translation>另加 %n 位同伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>No dietary needs: %1</source>
        <translation>无饮食需求：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Their guests, needs unknown: %1</source>
        <translation>他们的同伴，需求未知：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>No dietary needs</source>
        <translation>无饮食需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Their guests (needs unknown)</source>
        <translation>他们的同伴（需求未知）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Who</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Copied: paste it into a message to the caterer.</source>
        <translation>已复制：粘贴到发给餐饮方的消息中即可。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>dietary</source>
        <translation>饮食</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Export the dietary summary</source>
        <translation>导出饮食汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/dietary_dialog.py"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>EventChooser</name>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>All-day (dates only)</source>
        <translation>全天（仅日期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>How many people to confirm one to one before announcing the event</source>
        <translation>公布活动之前要一对一确认多少人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>No venue yet</source>
        <translation>暂无场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Entrance, what to bring, accessibility…</source>
        <translation>入口、需携带的物品、无障碍信息…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Public: include in the published calendar feed</source>
        <translation>公开：包含在发布的日历订阅源中</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>St&amp;arts:</source>
        <translation>开始(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>C&amp;ore target:</source>
        <translation>核心目标(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Venue:</source>
        <translation>场地(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Room:</source>
        <translation>房间(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Setup and &amp;AV needs:</source>
        <translation>布置和影音需求(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Contact on the da&amp;y:</source>
        <translation>当天联系人(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>A&amp;genda:</source>
        <translation>议程(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Practical info:</source>
        <translation>实用信息(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>&amp;Web page:</source>
        <translation>网页(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/event_dialog.py"/>
        <source>Any room</source>
        <translation>任意房间</translation>
    </message>
</context>
<context>
    <name>EventOverview</name>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Edit Event…</source>
        <translation>编辑活动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Host Sheet…</source>
        <translation>场地方说明单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>A PDF for the venue's host: times, headcount, needs, contact, guest list</source>
        <translation>给场地方的 PDF：时间、人数、需求、联系人、宾客名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Guest List…</source>
        <translation>宾客名单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Check-in Mode…</source>
        <translation>签到模式…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Calendar Invites…</source>
        <translation>日历邀请…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Badges…</source>
        <translation>胸牌…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Name badges and dinner place cards, ready to print</source>
        <translation>胸牌和晚宴桌卡，可直接打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Core Board…</source>
        <translation>核心看板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Confirm the early attendees one to one</source>
        <translation>一对一确认首批参与者</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Select an event to see it here.</source>
        <translation>选择一个活动即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>%1 going</source>
        <translation>%1 人参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>%1 going of %2 seats</source>
        <translation>%1 人参加，共 %2 个座位</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../app/ui/event_page.py"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Search events by title, kind, status, venue or time zone</source>
        <translation>按标题、类型、状态、场地或时区搜索活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>%n event</source>
        <translation>%n 个活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>%n events</source>
        <translation>%n 个活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>%1 of %n event</source>
        <translation>%1 / %n 个活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>%1 of %n events</source>
        <translation>%1 / %n 个活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>No event matches your search.</source>
        <translation>没有符合搜索条件的活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>No events yet. Plan one with New (Ctrl+N).</source>
        <translation>还没有活动。用“新建”（Ctrl+N）策划一个吧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Show History…</source>
        <translation>显示历史…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Delete “%1” and its guest list? You can undo this.</source>
        <translation>删除“%1”及其宾客名单？此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Delete %n events and their guest lists? You can undo this.</source>
        <translation>删除 %n 个活动及其宾客名单？此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/events_panel.py"/>
        <source>Delete %n events</source>
        <translation>删除 %n 个活动</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Going</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>People going, with their guests, of the capacity</source>
        <translation>参加人数（含同伴）/ 容量</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Early attendees committed or confirmed, of the target</source>
        <translation>已承诺或已确认的首批参与者 / 目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/events_table.py"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
</context>
<context>
    <name>GuestDetails</name>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>e.g. vegan; no nuts</source>
        <translation>例如：纯素；不吃坚果</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>e.g. step-free entrance</source>
        <translation>例如：无台阶入口</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Guests:</source>
        <translation>同伴：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Dietary:</source>
        <translation>饮食：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Accessibility:</source>
        <translation>无障碍：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>No guest selected</source>
        <translation>未选择宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Select a guest to see and change their details.</source>
        <translation>选择一位宾客即可查看和修改其信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Check-in code: %1</source>
        <translation>签到码：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Checked in %1</source>
        <translation>已签到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Reconfirmed %1</source>
        <translation>已再次确认 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_parts.py"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>GuestImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Import a guest list</source>
        <translation>导入宾客名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Guests as they will be imported</source>
        <translation>将要导入的宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Lines that can't be imported</source>
        <translation>无法导入的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Merge every guest with a single match</source>
        <translation>合并只有一个匹配项的宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>These guests have the same name as people you already know, but no matching e-mail or platform id. Say who each one is; nobody is merged by a guess.</source>
        <translation>这些宾客与你已认识的人同名，但电子邮件或平台 ID 不匹配。请指明每个人是谁；系统不会凭猜测合并。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Guest lists (%1);;All files (*)</source>
        <translation>宾客名单 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Detected: %1</source>
        <translation>识别为：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>delimiter: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%n line</source>
        <translation>%n 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%n lines</source>
        <translation>%n 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Choose the column that holds the guests' names.</source>
        <translation>请选择包含宾客姓名的列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Reading the file again…</source>
        <translation>正在重新读取文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%1 guests ready to import.</source>
        <translation>%1 位宾客可以导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%1 lines can't be imported (listed below).</source>
        <translation>%1 行无法导入（见下方）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Looking for known people…</source>
        <translation>正在查找已认识的人…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%n guest</source>
        <translation>%n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>%n guests</source>
        <translation>%n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_dialog.py"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>GuestPreviewModel</name>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Guests</source>
        <translation>同伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Dietary</source>
        <translation>饮食</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guest_preview.py"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>GuestVerbs</name>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>%n guest</source>
        <translation>%n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>%n guests</source>
        <translation>%n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Guests</source>
        <translation>同伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Dietary</source>
        <translation>饮食</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Check-in code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Checked in at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Reconfirmed at</source>
        <translation>再次确认时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Waitlist position</source>
        <translation>候补序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Beyond capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Mark %1 as “%2”</source>
        <translation>将 %1 标记为“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Make %1 %2</source>
        <translation>将 %1 设为%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Offer a seat to %1</source>
        <translation>为 %1 提供座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>The free seat is offered to %1. Give it to %2 instead? %1 keeps their place on the waitlist.</source>
        <translation>空出的座位已提供给 %1。改为给 %2 吗？%1 仍保留候补名次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Out of turn</source>
        <translation>不按顺序</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Give the seat</source>
        <translation>给出座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Only guests holding an offer can confirm it.</source>
        <translation>只有持有座位邀请的宾客才能确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Confirm the seat of %1</source>
        <translation>确认 %1 的座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Seat %1</source>
        <translation>为 %1 安排座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Hosts, speakers and staff can be seated beyond capacity: set the role.</source>
        <translation>主持人、讲者和工作人员可以超出容量入座：请设置角色。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>%1 Seat %2 beyond capacity anyway?</source>
        <translation>%1 仍要为 %2 超出容量安排座位吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Seat anyway</source>
        <translation>仍然安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Seat %1 beyond capacity</source>
        <translation>为 %1 超出容量安排座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Clear reconfirmation of %1</source>
        <translation>取消 %1 的再次确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>%1 reconfirmed</source>
        <translation>%1 已再次确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Take %1 off the guest list? You can undo this.</source>
        <translation>将 %1 从宾客名单中移除？此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Remove %1 from the guest list</source>
        <translation>将 %1 从宾客名单中移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Edit the RSVP of %1</source>
        <translation>编辑 %1 的回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>guests</source>
        <translation>宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Export the guest list</source>
        <translation>导出宾客名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Exported %n guest to %1.</source>
        <translation>已将 %n 位宾客导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guest_verbs.py"/>
        <source>Exported %n guests to %1.</source>
        <translation>已将 %n 位宾客导出到 %1。</translation>
    </message>
</context>
<context>
    <name>GuestsPanel</name>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>%n guest</source>
        <translation>%n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>%n guests</source>
        <translation>%n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>%1 of %n guest</source>
        <translation>%1 / %n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>%1 of %n guests</source>
        <translation>%1 / %n 位宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Going</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Maybe</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Declined</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Invited, no answer</source>
        <translation>已邀请，未回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Going, not reconfirmed</source>
        <translation>参加，未再次确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Needs (food, access)</source>
        <translation>有需求（饮食、无障碍）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Guest list</source>
        <translation>宾客名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Seat</source>
        <translation>安排座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Give the selected guests a seat by hand</source>
        <translation>手动为选中的宾客安排座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Offer seat</source>
        <translation>提供座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Offer free seats to the selected waiting guests, out of turn</source>
        <translation>不按顺序，将空座提供给选中的候补宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Confirm offer</source>
        <translation>确认座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>The guest took the seat offered</source>
        <translation>宾客接受了提供的座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Reconfirmed</source>
        <translation>已再次确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Mark (or unmark) that the selected guests confirmed again</source>
        <translation>标记（或取消标记）选中的宾客已再次确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Import a guest list from Luma, Meetup…</source>
        <translation>从 Luma、Meetup 等导入宾客名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Save the guest list as a CSV file</source>
        <translation>将宾客名单保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Dietary summary…</source>
        <translation>饮食汇总…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Needs for the caterer, with names</source>
        <translation>给餐饮方的需求，附姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Check-in mode</source>
        <translation>签到模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>The door: check guests in</source>
        <translation>入口：为宾客签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Search guests by name, e-mail, organization or check-in code</source>
        <translation>按姓名、电子邮件、组织或签到码搜索宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>Choose an event to see its guest list.</source>
        <translation>选择一个活动以查看其宾客名单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>No guest matches your search.</source>
        <translation>没有符合搜索条件的宾客。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/guests_panel.py"/>
        <source>No guests here yet. Import a guest list (Luma, Meetup, Eventbrite…).</source>
        <translation>还没有宾客。导入一份宾客名单吧（Luma、Meetup、Eventbrite…）。</translation>
    </message>
</context>
<context>
    <name>GuestsTableModel</name>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Guests</source>
        <translation>同伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Dietary</source>
        <translation>饮食</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Reconfirmed</source>
        <translation>已再次确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/guests_table.py"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Getting Started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Plan the event</source>
        <translation>策划活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>In &lt;b&gt;Events&lt;/b&gt;, add what, when and where, and how many seats there are. It stays a draft while you gather your core.</source>
        <translation>在&lt;b&gt;活动&lt;/b&gt;中填写内容、时间、地点和座位数。在你召集核心成员期间，它会保持草稿状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Confirm a core</source>
        <translation>确认核心成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Before announcing, ask a few people one to one. In &lt;b&gt;Core&lt;/b&gt;, set how many you need, add candidates, and move each one from &lt;i&gt;to ask&lt;/i&gt; to &lt;i&gt;confirmed&lt;/i&gt; as you talk. Log each conversation as you go.</source>
        <translation>公布之前，先一对一邀请几个人。在&lt;b&gt;核心&lt;/b&gt;中设置需要的人数，添加候选人，并在沟通过程中把每个人从&lt;i&gt;待邀请&lt;/i&gt;移到&lt;i&gt;已确认&lt;/i&gt;。每次沟通都随手记录下来。</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Announce</source>
        <translation>公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>When enough of the core has committed, set the event to &lt;i&gt;Announced&lt;/i&gt;. Convivio tells you if the core is still short, and the confirmed core appear on the guest list as going.</source>
        <translation>当足够多的核心成员承诺参加后，将活动设为&lt;i&gt;已公布&lt;/i&gt;。如果核心成员还不够，Convivio 会提醒你；已确认的核心成员会以“参加”的状态出现在宾客名单中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Add guests in &lt;b&gt;Guests&lt;/b&gt;, or bring a list from Luma, Meetup or Eventbrite with &lt;b&gt;Event → Import Guest List&lt;/b&gt;. Then choose &lt;b&gt;Event → Calendar Invites&lt;/b&gt; to send invitations people can add to their calendars. Their answers come back with &lt;b&gt;Import Calendar Replies&lt;/b&gt; and show up in the &lt;b&gt;Guest List&lt;/b&gt;.</source>
        <translation>在&lt;b&gt;宾客&lt;/b&gt;中添加宾客，或通过&lt;b&gt;活动 → 导入宾客名单&lt;/b&gt;导入 Luma、Meetup 或 Eventbrite 的名单。然后选择&lt;b&gt;活动 → 日历邀请&lt;/b&gt;，发送可以加入日历的邀请。对方的回复通过&lt;b&gt;导入日历回复&lt;/b&gt;取回，并显示在&lt;b&gt;宾客名单&lt;/b&gt;中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Print badges</source>
        <translation>打印胸牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&lt;b&gt;Event → Badges&lt;/b&gt; prints name badges and place cards on common label sheets, each with a code to scan at the door. Set your usual labels and printer offset in &lt;b&gt;Preferences&lt;/b&gt;.</source>
        <translation>&lt;b&gt;活动 → 胸牌&lt;/b&gt;可在常见标签纸上打印胸牌和桌卡，每张都带有入口扫码用的签到码。常用标签和打印机偏移可在&lt;b&gt;偏好设置&lt;/b&gt;中设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Check guests in</source>
        <translation>为宾客签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>At the door, open &lt;b&gt;Event → Check-in Mode&lt;/b&gt;. Type a few letters of a name or scan a badge, and press Enter. Walk-ins can be added on the spot.</source>
        <translation>在入口打开&lt;b&gt;活动 → 签到模式&lt;/b&gt;。输入姓名的几个字或扫描胸牌，然后按回车。现场来的人可以当场登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&lt;b&gt;Today&lt;/b&gt; lists who to thank and who to check in with after each event, follow-ups that are due, and people you haven't talked to in a while.</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;会列出每次活动后需要感谢和问候的人、到期的跟进，以及很久没有联系的人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>&amp;Show Me</source>
        <translation>带我看看(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide.py"/>
        <source>Choose &lt;b&gt;Event → Calendar Invites&lt;/b&gt; to send invitations people can add to their calendars. Their answers come back with &lt;b&gt;Import Calendar Replies&lt;/b&gt; and show up in the &lt;b&gt;Guest List&lt;/b&gt;.</source>
        <translation type="vanished">选择&lt;b&gt;活动 → 日历邀请&lt;/b&gt;，发送可以加入日历的邀请。对方的回复通过&lt;b&gt;导入日历回复&lt;/b&gt;取回，并显示在&lt;b&gt;宾客名单&lt;/b&gt;中。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>No changes have been recorded yet.</source>
        <translation>还没有记录任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/history_dialog.py"/>
        <source>changed: %1</source>
        <translation>已修改：%1</translation>
    </message>
</context>
<context>
    <name>HostSheetExport</name>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Save the host sheet</source>
        <translation>保存场地方说明单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Writing the host sheet…</source>
        <translation>正在生成场地方说明单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Saved the host sheet to %1.</source>
        <translation>已将场地方说明单保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>It includes the guest list: hand it to building security only.</source>
        <translation>其中包含宾客名单：请只交给大楼安保人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Host sheet</source>
        <translation>场地方说明单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/host_sheet_export.py"/>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>InviteOptions</name>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Also write e-mail drafts (.eml) to send from your mail program</source>
        <translation>同时生成电子邮件草稿（.eml），用你的邮件程序发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source> minutes before the start</source>
        <translation> 分钟（开始前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Reminder minutes</source>
        <translation>提前提醒的分钟数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_options.py"/>
        <source>Folder for the calendar files</source>
        <translation>存放日历文件的文件夹</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Calendar Invites</source>
        <translation>日历邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>What to send</source>
        <translation>发送内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Guests and what they get</source>
        <translation>宾客及其收到的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Save “Add to Calendar” File…</source>
        <translation>保存“添加到日历”文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>One file for anyone to add the event to their calendar (no invitation)</source>
        <translation>一个任何人都能用来把活动加入日历的文件（不是邀请）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>update %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Invitations to everyone invited (%1)</source>
        <translation>发给所有受邀者的邀请（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Only guests without the current invitation (%1)</source>
        <translation>仅发给没有最新邀请的宾客（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Cancellation (%1)</source>
        <translation>取消通知（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n guest gets a file.</source>
        <translation>%n 位宾客将收到文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n guests get a file.</source>
        <translation>%n 位宾客将收到文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Everyone invited, going or maybe gets the invitation, again if needed.</source>
        <translation>所有已邀请、参加或待定的人都会收到邀请，必要时重新发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>New guests, and guests whose invitation shows an older time, date or place.</source>
        <translation>新宾客，以及邀请中时间、日期或地点已过时的宾客。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Guests who declined after receiving an invitation get a cancellation, so the event leaves their calendar.</source>
        <translation>收到邀请后谢绝的宾客会收到取消通知，活动会从其日历中移除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Everyone who received an invitation gets the cancellation.</source>
        <translation>所有收到过邀请的人都会收到取消通知。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Cancellations - %1</source>
        <translation>取消通知 - %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Invitations - %1 (update %2)</source>
        <translation>邀请 - %1（更新 %2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Invitations - %1</source>
        <translation>邀请 - %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Choose a folder for the files.</source>
        <translation>请为文件选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Writing calendar files…</source>
        <translation>正在写入日历文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Save the “Add to Calendar” file</source>
        <translation>保存“添加到日历”文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n cancellation</source>
        <translation>%n 份取消通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n cancellations</source>
        <translation>%n 份取消通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n invitation</source>
        <translation>%n 份邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n invitations</source>
        <translation>%n 份邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Wrote %1 (%2 files including all.ics) to %3.</source>
        <translation>已将 %1（%2 个文件，含 all.ics）写入 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Convivio could not note who received them; they count as not sent.</source>
        <translation>Convivio 无法记录谁收到了文件；它们视为未发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n guest got a file.</source>
        <translation>%n 位宾客收到了文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>%n guests got a file.</source>
        <translation>%n 位宾客收到了文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invites_dialog.py"/>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <location filename="../../app/ui/job_progress.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>New Convivio database</source>
        <translation>新建 Convivio 数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>Convivio databases (*.sqlite3)</source>
        <translation>Convivio 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>Open Convivio database</source>
        <translation>打开 Convivio 数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>Convivio databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Convivio 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>About Convivio</source>
        <translation>关于 Convivio</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_routes.py"/>
        <source>&lt;h3&gt;Convivio %1&lt;/h3&gt;&lt;p&gt;Organize meetups, dinners and communities: people, events, RSVPs, invitations and badges, on your own machine.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Convivio %1&lt;/h3&gt;&lt;p&gt;组织聚会、晚宴和社群：联系人、活动、报名回复、邀请和胸牌，全部保存在你自己的电脑上。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Sections</source>
        <translation>板块</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Eve&amp;nt</source>
        <translation>活动(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <location filename="../../app/ui/sections.py"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>another window</source>
        <translation>另一个窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py"/>
        <source>Updated with changes by %1</source>
        <translation>已同步 %1 所做的更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Events</source>
        <translation>活动(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Core</source>
        <translation>核心(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Guests</source>
        <translation>宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Guests</source>
        <translation>宾客(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;People</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Organizations</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/sections.py"/>
        <source>&amp;Venues</source>
        <translation>场地(&amp;V)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Column mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Import column %1 as</source>
        <translation>将第 %1 列导入为</translation>
    </message>
</context>
<context>
    <name>MatchesView</name>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Matching guests</source>
        <translation>匹配的宾客</translation>
    </message>
</context>
<context>
    <name>MergeTable</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Guest in the file</source>
        <translation>文件中的宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Is…</source>
        <translation>是…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Same-name decisions</source>
        <translation>同名处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%n person of that name is known</source>
        <translation>已知有 %n 人同名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%n people of that name are known</source>
        <translation>已知有 %n 人同名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>A new person</source>
        <translation>新的联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Same as %1</source>
        <translation>与 %1 是同一人</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{who} can't go from “{stage}” back to “{target}”: move them back one stage at a time.</source>
        <translation>{who} 不能从“{stage}”直接退回“{target}”：请一次退回一个阶段。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{who} is already “{stage}”.</source>
        <translation>{who} 已经是“{stage}”。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{who} can't be confirmed straight from “{stage}”: move them to committed first.</source>
        <translation>{who} 不能从“{stage}”直接确认：请先移到“已承诺”。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>Waiting days must be a number from 1 to {limit}.</source>
        <translation>等待天数必须是 1 到 {limit} 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{organizer_name} can't be filled: set your name in the shared settings first.</source>
        <translation>无法填写 {organizer_name}：请先在共享设置中填写你的名字。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <location filename="../../app/domain/venues.py"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>备注超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>The follow-up date is in the past.</source>
        <translation>跟进日期已经过去。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>The template has a “{” or “}” without its partner; write {{ or }} for a brace that should appear in the message.</source>
        <translation>模板中有不成对的“{”或“}”；如果要在消息中显示花括号，请写成 {{ 或 }}。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>Write the placeholder as {placeholder}, without “:” or “!” after its name.</source>
        <translation>请把占位符写成 {placeholder}，名称后不要加“:”或“!”。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>The template uses {shown}, which Convivio can't fill. Use one of: {known}.</source>
        <translation>模板使用了 {shown}，Convivio 无法填写。请使用以下之一：{known}。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{event_title} can't be filled: no event is chosen.</source>
        <translation>无法填写 {event_title}：未选择活动。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{placeholder} can't be filled: no event is chosen.</source>
        <translation>无法填写 {placeholder}：未选择活动。</translation>
    </message>
    <message>
        <location filename="../../app/domain/core.py"/>
        <source>{venue} can't be filled: the event has no venue yet.</source>
        <translation>无法填写 {venue}：该活动还没有场地。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>An event that is “{status}” can't be set to “{target}”.</source>
        <translation>状态为“{status}”的活动不能改为“{target}”。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>“{name}” is not a known time zone.</source>
        <translation>“{name}”不是已知的时区。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/exporters/ics/model.py"/>
        <source>An event needs a title.</source>
        <translation>活动需要一个标题。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>The title is longer than {limit} characters.</source>
        <translation>标题超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/domain/venues.py"/>
        <source>Capacity must be a number from 0 up.</source>
        <translation>容量必须是不小于 0 的数字。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/services/core.py"/>
        <source>The core target must be a number from 0 up.</source>
        <translation>核心目标人数必须是不小于 0 的数字。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/domain/venues.py"/>
        <source>The web address must look like https://example.org/…</source>
        <translation>网址必须形如 https://example.org/…</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>Choose the venue before choosing one of its rooms.</source>
        <translation>请先选择场地，再选择其中的房间。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <source>The last day can't be before the first day.</source>
        <translation>最后一天不能早于第一天。</translation>
    </message>
    <message>
        <location filename="../../app/domain/events.py"/>
        <location filename="../../app/exporters/ics/model.py"/>
        <source>The event must end after it starts.</source>
        <translation>活动的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <source>A person needs a given name or a family name.</source>
        <translation>联系人需要名字或姓氏。</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <source>An organization needs a name.</source>
        <translation>组织需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <location filename="../../app/domain/venues.py"/>
        <location filename="../../app/services/followup_dto.py"/>
        <location filename="../../app/services/shared_settings.py"/>
        <location filename="../../app/services/templates.py"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>名称超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <source>A website address can't contain spaces.</source>
        <translation>网站地址不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py"/>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>“{address}”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>1 seat</source>
        <translation>1 个座位</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>{count} seats</source>
        <translation>{count} 个座位</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>no seat is free</source>
        <translation>没有空余座位</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>only {count} free</source>
        <translation>只剩 {count} 个空位</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>The event is full: this needs {seats} and {free}.</source>
        <translation>活动已满：这需要 {seats}，但{free}。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>This person is already on the guest list.</source>
        <translation>此人已在宾客名单上。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>Guests must be a whole number from 0 to {limit}.</source>
        <translation>同伴人数必须是 0 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>The capacity can't be negative.</source>
        <translation>容量不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>{count} others</source>
        <translation>另外 {count} 人</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>The free seats are offered to {who} on the waitlist.</source>
        <translation>空余座位已提供给候补名单上的{who}。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>Only someone on the waitlist can be offered a seat.</source>
        <translation>只能向候补名单上的人提供座位。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>There is no open offer to confirm (it may have expired).</source>
        <translation>没有可确认的座位邀请（可能已过期）。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>There is no open offer to decline (it may have expired).</source>
        <translation>没有可拒绝的座位邀请（可能已过期）。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>Only hosts, speakers and staff can be seated beyond capacity.</source>
        <translation>只有主持人、演讲者和工作人员可以超出容量入座。</translation>
    </message>
    <message>
        <location filename="../../app/domain/rsvps.py"/>
        <source>This guest is no longer on the event's list.</source>
        <translation>该宾客已不在此活动的名单上。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>List at most {limit} items.</source>
        <translation>最多列出 {limit} 项。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A partner that is “{stage}” can't move to “{target}”; it can move to {allowed}.</source>
        <translation>处于“{stage}”的伙伴不能改为“{target}”；可以改为：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{start}…” is longer than {limit} characters.</source>
        <translation>“{start}…”超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{text}” is not an amount of money.</source>
        <translation>“{text}”不是金额。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>Every room needs a name.</source>
        <translation>每个房间都需要名称。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A room name is longer than {limit} characters.</source>
        <translation>有房间名称超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A venue needs a name.</source>
        <translation>场地需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The organization's name is too long.</source>
        <translation>组织名称太长。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The guest list can be asked for 0 to {limit} days before.</source>
        <translation>宾客名单可以提前 0 到 {limit} 天索取。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The cost must be an amount from 0 up.</source>
        <translation>费用必须是不小于 0 的金额。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The cost can have at most two decimals.</source>
        <translation>费用最多只能有两位小数。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>Say which currency the cost is in (EUR, USD…).</source>
        <translation>请说明费用使用的货币（EUR、USD…）。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{currency}” is not an ISO 4217 currency code (like EUR or JPY).</source>
        <translation>“{currency}”不是 ISO 4217 货币代码（如 EUR 或 JPY）。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>List at most {limit} links.</source>
        <translation>最多列出 {limit} 个链接。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The follow-up can't be before the step.</source>
        <translation>跟进日期不能早于这一步。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{name}”: capacities go from 0 to {limit:,}.</source>
        <translation>“{name}”：容量范围为 0 到 {limit:,}。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>There are two rooms called “{room}”.</source>
        <translation>有两个房间都叫“{room}”。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A role is longer than {limit} characters.</source>
        <translation>有角色超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>The same person is listed twice as a contact.</source>
        <translation>同一个人被列为联系人两次。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>A paid venue needs its cost.</source>
        <translation>付费场地需要填写费用。</translation>
    </message>
    <message>
        <location filename="../../app/domain/venues.py"/>
        <source>“{link}” is neither a web address nor a file path.</source>
        <translation>“{link}”既不是网址，也不是文件路径。</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>to ask</source>
        <translation>待邀请</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>asked</source>
        <translation>已询问</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>interested</source>
        <translation>有兴趣</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>confirming-core</source>
        <translation>确认核心成员中</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>announced</source>
        <translation>已公布</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>done</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>prospect</source>
        <translation>潜在合作</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>agreed</source>
        <translation>已谈妥</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>hosted</source>
        <translation>已举办</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>thanked</source>
        <translation>已致谢</translation>
    </message>
    <message>
        <location filename="../../app/domain/words.py"/>
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/services/badge_dto.py"/>
        <source>Seats per table must be from 1 to {limit}.</source>
        <translation>每桌座位数必须在 1 到 {limit} 之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/badge_dto.py"/>
        <source>Table numbers start at 0 or more.</source>
        <translation>桌号必须从 0 或更大的数字开始。</translation>
    </message>
    <message>
        <location filename="../../app/services/badges.py"/>
        <source>Some of the chosen guests are no longer on this event's guest list.</source>
        <translation>部分选中的宾客已不在此活动的宾客名单上。</translation>
    </message>
    <message>
        <location filename="../../app/services/badges.py"/>
        <location filename="../../app/services/core.py"/>
        <location filename="../../app/services/rsvps.py"/>
        <source>Some of the chosen people no longer exist.</source>
        <translation>部分选中的联系人已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected core_candidates no longer exist.</source>
        <translation>部分选中的核心候选人已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected events no longer exist.</source>
        <translation>部分选中的活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected message_templates no longer exist.</source>
        <translation>部分选中的消息模板已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected organizations no longer exist.</source>
        <translation>部分选中的组织已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected people no longer exist.</source>
        <translation>部分选中的联系人已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected rsvps no longer exist.</source>
        <translation>部分选中的宾客记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>Some of the selected venues no longer exist.</source>
        <translation>部分选中的场地已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/base.py"/>
        <source>This can't be undone: the data it would bring back clashes with data added since (for example the same e-mail address).</source>
        <translation>无法撤销：要恢复的数据与之后添加的数据冲突（例如相同的电子邮件地址）。</translation>
    </message>
    <message>
        <location filename="../../app/services/copy_db.py"/>
        <source>The source and the target are the same database.</source>
        <translation>源数据库和目标数据库是同一个。</translation>
    </message>
    <message>
        <location filename="../../app/services/copy_db.py"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../app/services/copy_db.py"/>
        <source>{database} already holds data ({listing}); Convivio copies only into an empty database and never merges two.</source>
        <translation>{database} 中已有数据（{listing}）；Convivio 只会复制到空数据库，从不合并两个数据库。</translation>
    </message>
    <message>
        <location filename="../../app/services/copy_db.py"/>
        <source>The copy doesn't match the source (row counts differ); check the target.</source>
        <translation>副本与源数据库不一致（行数不同）；请检查目标数据库。</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <source>This person is no longer on the event's core list.</source>
        <translation>此人已不在该活动的核心名单上。</translation>
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
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <source>“{event_title}” is {status}; its core can't grow now.</source>
        <translation>“{event_title}”{status}；现在不能再扩充核心成员。</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <source>Everyone chosen is already on this event's core list.</source>
        <translation>选中的人都已在该活动的核心名单上。</translation>
    </message>
    <message>
        <location filename="../../app/services/core.py"/>
        <source>This card changed meanwhile; look at it again and retry.</source>
        <translation>这张卡片刚刚有了变动；请重新查看后再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/core_confirm.py"/>
        <source>“{event_title}” is full ({taken} of {capacity} seats taken): raise its capacity or free a seat before confirming someone else.</source>
        <translation>“{event_title}”已满（{capacity} 个座位中已占用 {taken} 个）：请先提高容量或空出一个座位，再确认其他人。</translation>
    </message>
    <message>
        <location filename="../../app/services/core_patch.py"/>
        <source>Someone changed this after you did, so it can't be undone without losing their change; nothing was changed.</source>
        <translation>有人在你之后修改了这里，撤销会丢失他们的修改；因此没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/services/core_patch.py"/>
        <source>A record changed by this action no longer exists.</source>
        <translation>此操作修改过的一条记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/core_people.py"/>
        <source>Nobody is called “{text}”; use their number or e-mail address.</source>
        <translation>没有人叫“{text}”；请使用编号或电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/core_people.py"/>
        <source>{count} people are called “{text}” ({shown}{more}); use their number or e-mail address.</source>
        <translation>有 {count} 人叫“{text}”（{shown}{more}）；请使用编号或电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/core_people.py"/>
        <source>No person has the number {text}.</source>
        <translation>没有编号为 {text} 的联系人。</translation>
    </message>
    <message>
        <location filename="../../app/services/core_people.py"/>
        <source>No person has the e-mail address {text}.</source>
        <translation>没有联系人使用电子邮件地址 {text}。</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>No event matches “{ref}”.</source>
        <translation>没有与“{ref}”匹配的活动。</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>Several events are called “{ref}”; use the event's number.</source>
        <translation>有多个活动叫“{ref}”；请使用活动编号。</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>The chosen venue no longer exists.</source>
        <translation>所选场地已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>The contact on the day no longer exists.</source>
        <translation>当天联系人已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>“{event_title}” was changed by someone else after you opened it; nothing was saved.</source>
        <translation>你打开“{event_title}”后，其他人修改了它；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/events.py"/>
        <source>The chosen room is not part of that venue.</source>
        <translation>所选房间不属于该场地。</translation>
    </message>
    <message>
        <location filename="../../app/services/followup_dto.py"/>
        <source>A template needs a name.</source>
        <translation>模板需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/services/followup_dto.py"/>
        <source>The subject is longer than {limit} characters.</source>
        <translation>主题超过了 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/services/followup_dto.py"/>
        <source>A template needs some text.</source>
        <translation>模板需要一些正文。</translation>
    </message>
    <message>
        <location filename="../../app/services/followups.py"/>
        <location filename="../../app/services/people.py"/>
        <location filename="../../app/services/person_history.py"/>
        <location filename="../../app/services/privacy.py"/>
        <location filename="../../app/services/templates.py"/>
        <source>This person no longer exists.</source>
        <translation>此联系人已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/followups.py"/>
        <source>This follow-up was already done or no longer exists.</source>
        <translation>该跟进已完成或已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_import.py"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_import.py"/>
        <source>user id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_import.py"/>
        <source>Line {line} is the same person as line {first} ({how}); only line {first} was imported.</source>
        <translation>第 {line} 行与第 {first} 行是同一个人（{how}）；只导入了第 {first} 行。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_seating.py"/>
        <source>The event is full (capacity {capacity}): {count} guests answering going were put on the waitlist, in the file's order.</source>
        <translation>活动已满（容量 {capacity}）：{count} 位报名参加的宾客已按文件中的顺序进入候补。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_seating.py"/>
        <source>{count} guests answering going were let in beyond the event's capacity of {capacity}, marked as such.</source>
        <translation>{count} 位报名参加的宾客超出活动容量 {capacity} 入场，并已作相应标记。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_seating.py"/>
        <source>Line {line} asks for {asked} guests, but the event is full: the {kept} they had are kept.</source>
        <translation>第 {line} 行要求 {asked} 位同伴，但活动已满：保留原有的 {kept} 位。</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/api.py"/>
        <source>no column holds the guests' names (columns found: {shown})</source>
        <translation>没有包含宾客姓名的列（找到的列：{shown}）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/api.py"/>
        <source>it is too large ({megabytes} MB)</source>
        <translation>文件太大（{megabytes} MB）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/api.py"/>
        <source>it can't be opened ({strerror})</source>
        <translation>无法打开（{strerror}）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is an Excel workbook or another zip archive; save it as CSV first</source>
        <translation>这是 Excel 工作簿或其他 zip 压缩包；请先另存为 CSV</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is a binary Excel (.xls) workbook; save it as CSV first</source>
        <translation>这是二进制 Excel（.xls）工作簿；请先另存为 CSV</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is a PDF document, not a table</source>
        <translation>这是 PDF 文档，不是表格</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is an image, not a table</source>
        <translation>这是图片，不是表格</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it contains binary data (NUL bytes), not text</source>
        <translation>其中包含二进制数据（NUL 字节），不是文本</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is neither UTF-8 nor western Windows text (it may be GBK, Big5 or Shift-JIS); save it as “CSV UTF-8” and try again</source>
        <translation>既不是 UTF-8，也不是西文 Windows 文本（可能是 GBK、Big5 或 Shift-JIS）；请另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it contains binary data (NUL characters)</source>
        <translation>其中包含二进制数据（NUL 字符）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it contains binary data, not text</source>
        <translation>其中包含二进制数据，不是文本</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/decoding.py"/>
        <source>it is not valid {encoding} text (byte {byte})</source>
        <translation>不是有效的 {encoding} 文本（第 {byte} 字节）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/duplicates.py"/>
        <source>Line {line} is the same guest as line {first} ({same}); merged into one, with the answer from line {line}.</source>
        <translation>第 {line} 行与第 {first} 行是同一位宾客（{same}）；已合并为一条，采用第 {line} 行的回复。</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/formats.py"/>
        <source>{platform}: has the columns {columns}</source>
        <translation>{platform}：包含列 {columns}</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/formats.py"/>
        <source>chosen by you</source>
        <translation>由你选择</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/formats.py"/>
        <source>no platform's typical columns found; read as a hand-made list</source>
        <translation>未找到任何平台的典型列；按手工名单读取</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/model.py"/>
        <source>“{file}” can't be read as a guest list: {reason}.</source>
        <translation>无法将“{file}”读取为宾客名单：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/model.py"/>
        <source>“{file}” can't be read as a guest list: {reason} (line {line}).</source>
        <translation>无法将“{file}”读取为宾客名单：{reason}（第 {line} 行）。</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/reading.py"/>
        <source>no header row found; the first line should name the columns (e.g. Name, E-Mail)</source>
        <translation>未找到标题行；第一行应写明各列名称（例如 Name、E-Mail）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/reading.py"/>
        <source>a quoted value is never closed (a stray “"”?)</source>
        <translation>有一个带引号的值没有闭合（多了一个“"”？）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/reading.py"/>
        <source>a value is impossibly long; probably an unclosed quote</source>
        <translation>有一个值长得离谱；可能是引号没有闭合</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/reading.py"/>
        <source>broken quoting ({detail})</source>
        <translation>引号有误（{detail}）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>{count} line(s) above the header were skipped (a title?).</source>
        <translation>已跳过标题行上方的 {count} 行（是标题吗？）。</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>no column is used for the guests' names</source>
        <translation>没有用于宾客姓名的列</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>it has {count} values but the header names {width} columns (a stray delimiter or quote?)</source>
        <translation>该行有 {count} 个值，但标题行有 {width} 列（多了分隔符或引号？）</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>the name is longer than {limit} characters</source>
        <translation>姓名超过了 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>“{email}” is not a valid e-mail address</source>
        <translation>“{email}”不是有效的电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>the guests count “{value}” is not a whole number from 0 to {limit}</source>
        <translation>同伴人数“{value}”不是 0 到 {limit} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>the status “{text}” is not one we know</source>
        <translation>无法识别状态“{text}”</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/rows.py"/>
        <source>it has no name</source>
        <translation>没有姓名</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/when.py"/>
        <source>Dates in the column “{column}” were read day first (03/04/2026 = 3 April); if that is wrong, fix the file and import again.</source>
        <translation>“{column}”列中的日期按日在前读取（03/04/2026 = 4 月 3 日）；如果不对，请修正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/when.py"/>
        <source> and {count} more</source>
        <translation> 等另外 {count} 行</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/when.py"/>
        <source>Ignored {count} value(s) that are neither yes/no nor a time in the column “{column}” (line {lines}{more}); those guests are imported without it.</source>
        <translation>已忽略“{column}”列中 {count} 个既不是是/否也不是时间的值（第 {lines}{more} 行）；这些宾客导入时不含该值。</translation>
    </message>
    <message>
        <location filename="../../app/services/guestlists/when.py"/>
        <source>Ignored {count} unreadable date(s) in the column “{column}” (line {lines}{more}); those guests are imported without it.</source>
        <translation>已忽略“{column}”列中 {count} 个无法识别的日期（第 {lines}{more} 行）；这些宾客导入时不含该日期。</translation>
    </message>
    <message>
        <location filename="../../app/services/host_sheet.py"/>
        <source>“{event_title}” has no venue yet; choose one before the host sheet.</source>
        <translation>“{event_title}”还没有场地；请先选择场地，再制作场地方说明单。</translation>
    </message>
    <message>
        <location filename="../../app/services/import_undo.py"/>
        <source>This import can't be undone: someone changed some of its guests since.</source>
        <translation>无法撤销此次导入：之后有人修改了其中一些宾客。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_dto.py"/>
        <source>Calendar invitations need the organizer's e-mail address, where guests' calendars send their answers. Set it first (for example: {hint}).</source>
        <translation>日历邀请需要组织者的电子邮件地址，宾客的日历会把回复发到这里。请先设置（例如：{hint}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} already cancelled</source>
        <translation>{count} 人已取消</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>Nobody has received an invitation to “{title}”, so there is nothing to cancel.</source>
        <translation>还没有人收到“{title}”的邀请，因此无需取消。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} no email</source>
        <translation>{count} 人没有电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} bad email</source>
        <translation>{count} 人电子邮件无效</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} waitlisted</source>
        <translation>{count} 人在候补名单上</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} pending approval</source>
        <translation>{count} 人待审核</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} declined</source>
        <translation>{count} 人不参加</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} up to date</source>
        <translation>{count} 人已是最新</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>{count} never invited</source>
        <translation>{count} 人从未被邀请</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>No guest of “{title}” declined while holding an invitation: nothing to cancel.</source>
        <translation>“{title}”没有收到邀请后不参加的宾客：无需取消。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>A reminder can't come after the start.</source>
        <translation>提醒不能晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>There are no public, announced events to put in a calendar feed yet.</source>
        <translation>还没有可以放入日历订阅的公开且已公布的活动。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>There are no events to put in a calendar feed yet.</source>
        <translation>还没有可以放入日历订阅的活动。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>None of the guests of “{title}” can get an invitation now ({reasons}).</source>
        <translation>“{title}”的宾客现在都无法收到邀请（{reasons}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_export.py"/>
        <source>“{title}” has nobody on its guest list yet.</source>
        <translation>“{title}”的宾客名单上还没有人。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” answers an invitation to an event that is not in this database (it may have been deleted, or sent from another Convivio database).</source>
        <translation>“{source}”回复的活动不在此数据库中（可能已被删除，或是从另一个 Convivio 数据库发出的）。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” answers the invitation to “{title}”, which is cancelled.</source>
        <translation>“{source}”回复的是“{title}”的邀请，而该活动已取消。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” comes from {email}, an address no one in Convivio has.</source>
        <translation>“{source}”来自 {email}，Convivio 中没有人使用这个地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” comes from {email}, who is not on the guest list of “{title}”.</source>
        <translation>“{source}”来自 {email}，此人不在“{title}”的宾客名单上。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” comes from {guest}, who is waiting for approval; approve them on the guest list first.</source>
        <translation>“{source}”来自 {guest}，此人正在等待审核；请先在宾客名单中批准。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” answers an invitation that was withdrawn: {guest} was sent a cancellation afterwards.</source>
        <translation>“{source}”回复的邀请已被撤回：之后已向 {guest} 发送了取消通知。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” is an older answer from {guest} than “{winner}”; only the newer one counts.</source>
        <translation>“{source}”是 {guest} 比“{winner}”更早的回复；只有较新的那个有效。</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_replies.py"/>
        <source>“{source}” could not be saved: {error}</source>
        <translation>无法保存“{source}”：{error}</translation>
    </message>
    <message>
        <location filename="../../app/services/invite_state.py"/>
        <source>“{event_title}” is cancelled: export a cancellation instead of invitations.</source>
        <translation>“{event_title}”已取消：请导出取消通知，而不是邀请。</translation>
    </message>
    <message>
        <location filename="../../app/services/invites.py"/>
        <source>A reminder must come between 0 minutes and 4 weeks before.</source>
        <translation>提醒必须在开始前 0 分钟到 4 周之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/organizations.py"/>
        <source>This organization no longer exists.</source>
        <translation>该组织已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/organizations.py"/>
        <source>There is already an organization called {name}.</source>
        <translation>已经有一个名为 {name} 的组织。</translation>
    </message>
    <message>
        <location filename="../../app/services/organizations.py"/>
        <location filename="../../app/services/people.py"/>
        <location filename="../../app/services/venues.py"/>
        <source>{name} was changed by someone else after you opened it; nothing was saved.</source>
        <translation>你打开 {name} 后，其他人修改了它；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py"/>
        <location filename="../../app/services/rsvp_lists.py"/>
        <source>No person matches “{ref}”.</source>
        <translation>没有与“{ref}”匹配的联系人。</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py"/>
        <location filename="../../app/services/rsvp_lists.py"/>
        <source>Several people are called “{ref}”; use their number or e-mail.</source>
        <translation>有多人叫“{ref}”；请使用编号或电子邮件。</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py"/>
        <source>{address} already belongs to {name}.</source>
        <translation>{address} 已属于 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/services/privacy.py"/>
        <source>Convivio can't write {target}.</source>
        <translation>Convivio 无法写入 {target}。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_checkin.py"/>
        <source>No guest has the check-in code {code}.</source>
        <translation>没有宾客的签到码是 {code}。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_checkin.py"/>
        <source>This badge is for another event: “{event_title}”.</source>
        <translation>这个胸牌属于另一个活动：“{event_title}”。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_checkin.py"/>
        <location filename="../../app/services/rsvp_lists.py"/>
        <source>This guest is no longer on the list.</source>
        <translation>该宾客已不在名单上。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_core.py"/>
        <source>Someone else changed this guest's answer or details since you opened them; nothing was saved.</source>
        <translation>在您打开之后，有人修改了这位宾客的回复或详情；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_revisions.py"/>
        <source>This can't be undone: a record it changed has been deleted since.</source>
        <translation>无法撤销：它修改过的一条记录之后已被删除。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_revisions.py"/>
        <source>This can't be undone: someone changed the same record since.</source>
        <translation>无法撤销：之后有人修改了同一条记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_store.py"/>
        <source>Some of the selected guests are no longer on the list.</source>
        <translation>部分选中的宾客已不在名单上。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvp_store.py"/>
        <source>Someone else changed this guest list at the same moment; nothing was saved.</source>
        <translation>有人在同一时刻修改了这份宾客名单；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvps.py"/>
        <source>Guests must be from 0 to {limit}.</source>
        <translation>同伴人数必须在 0 到 {limit} 之间。</translation>
    </message>
    <message>
        <location filename="../../app/services/rsvps.py"/>
        <source>Keep needs under {limit} characters.</source>
        <translation>需求请控制在 {limit} 个字符以内。</translation>
    </message>
    <message>
        <location filename="../../app/services/shared_settings.py"/>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../app/services/templates.py"/>
        <source>This template no longer exists.</source>
        <translation>该模板已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/templates.py"/>
        <source>“{name}” was changed by someone else after you opened it; nothing was saved.</source>
        <translation>你打开“{name}”后，其他人修改了它；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>This venue no longer exists.</source>
        <translation>该场地已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>No venue matches “{ref}”.</source>
        <translation>没有与“{ref}”匹配的场地。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>Several venues are called “{ref}”; use the venue's number.</source>
        <translation>有多个场地叫“{ref}”；请使用场地编号。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>This step is no longer in the log.</source>
        <translation>这一步已不在记录中。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>“{room}” is the room of {count} event(s), e.g. “{event}”; choose another room for them first.</source>
        <translation>“{room}”是 {count} 个活动的房间（例如“{event}”）；请先为这些活动选择其他房间。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>One of the contact people no longer exists.</source>
        <translation>其中一位联系人已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>That event no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>The venue of this step no longer exists.</source>
        <translation>这一步所属的场地已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/services/venues.py"/>
        <source>That room now belongs to another venue.</source>
        <translation>该房间现在属于另一个场地。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/model.py"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}”不是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/model.py"/>
        <source>{lat}, {lon} is not a place on Earth.</source>
        <translation>{lat}, {lon} 不是地球上的位置。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source_name}” is neither a calendar file nor an e-mail with a calendar reply.</source>
        <translation>“{source_name}”既不是日历文件，也不是带日历回复的电子邮件。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>The e-mail “{source_name}” has no calendar reply in it (no text/calendar part and no .ics attachment).</source>
        <translation>电子邮件“{source_name}”中没有日历回复（没有 text/calendar 部分，也没有 .ics 附件）。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” answers an older version of the event (update {sequence}; the latest is update {latest}). The guest needs to answer the updated invitation.</source>
        <translation>“{source}”回复的是活动的旧版本（第 {sequence} 次更新；最新为第 {latest} 次更新）。宾客需要回复更新后的邀请。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” is not a calendar (VCALENDAR).</source>
        <translation>“{source}”不是日历（VCALENDAR）。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” is a {method} calendar, not a reply to an invitation (METHOD:REPLY).</source>
        <translation>“{source}”是 {method} 日历，不是对邀请的回复（METHOD:REPLY）。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” is a calendar without a METHOD, not a reply to an invitation (METHOD:REPLY).</source>
        <translation>“{source}”是没有 METHOD 的日历，不是对邀请的回复（METHOD:REPLY）。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” answers an invitation that Convivio did not send ({shown}).</source>
        <translation>“{source}”回复的邀请不是 Convivio 发出的（{shown}）。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” contains no event to answer.</source>
        <translation>“{source}”中没有可回复的活动。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” answers {count} different events at once; Convivio expects one.</source>
        <translation>“{source}”同时回复了 {count} 个不同的活动；Convivio 只接受一个。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” doesn't say who is answering (no attendee with an e-mail address).</source>
        <translation>“{source}”没有说明是谁在回复（没有带电子邮件地址的参与者）。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” holds answers for {count} people; Convivio needs one reply per person, as calendars send them.</source>
        <translation>“{source}”包含 {count} 人的回复；Convivio 需要每人一份回复，就像日历发送的那样。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{name}” is far too large to be a calendar reply.</source>
        <translation>“{name}”太大了，不可能是日历回复。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>Convivio could not read “{name}”: {reason}.</source>
        <translation>Convivio 无法读取“{name}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” looks like a calendar file but is damaged and can't be read ({detail}).</source>
        <translation>“{source}”看起来是日历文件，但已损坏，无法读取（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” says {said}; Convivio understands accepted, declined and tentative.</source>
        <translation>“{source}”的回复是 {said}；Convivio 只识别 accepted、declined 和 tentative。</translation>
    </message>
    <message>
        <location filename="../../app/exporters/ics/replies.py"/>
        <source>“{source}” has an invalid update number (SEQUENCE:{raw}).</source>
        <translation>“{source}”的更新编号无效（SEQUENCE:{raw}）。</translation>
    </message>
    <message>
        <location filename="../../app/services/guest_import.py"/>
        <source>{going} people are going, more than the event's capacity of {capacity}: the file's answers were kept as they are.</source>
        <translation type="vanished">有 {going} 人参加，超过了活动容量 {capacity}：文件中的回复已按原样保留。</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>Edit organization</source>
        <translation>编辑组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>New organization</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organization_dialog.py"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>OrganizationsPanel</name>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Search organizations</source>
        <translation>搜索组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>%n organization</source>
        <translation>%n 个组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>%n organizations</source>
        <translation>%n 个组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>%1 of %n organization</source>
        <translation>%1 / %n 个组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>%1 of %n organizations</source>
        <translation>%1 / %n 个组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>No organization matches your search.</source>
        <translation>没有符合搜索条件的组织。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>No organizations yet. Add one with New (Ctrl+N).</source>
        <translation>还没有组织。用“新建”（Ctrl+N）添加一个吧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Delete %1? Its people stay, without an organization. You can undo this.</source>
        <translation>删除 %1？其成员会保留，但不再属于任何组织。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Delete %n organizations? Their people stay. You can undo this.</source>
        <translation>删除 %n 个组织？其成员会保留。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/organizations_panel.py"/>
        <source>Delete %n organizations</source>
        <translation>删除 %n 个组织</translation>
    </message>
</context>
<context>
    <name>OrganizationsTableModel</name>
    <message>
        <location filename="../../app/ui/models/organizations_table.py"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organizations_table.py"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organizations_table.py"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organizations_table.py"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>OrganizerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>Who sends the invitations?</source>
        <translation>谁来发送邀请？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>Calendar invitations name an organizer, and guests' calendars send their answers to the organizer's e-mail address. Everyone using this database shares this setting.</source>
        <translation>日历邀请会注明组织者，宾客的日历会把回复发到组织者的电子邮件地址。使用此数据库的所有人共享这项设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>e.g. Alex Morgan</source>
        <translation>例如：王明</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>e.g. alex@example.org</source>
        <translation>例如：alex@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organizer_dialog.py"/>
        <source>Set the organizer</source>
        <translation>设置组织者</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Search people by name, e-mail, organization, title or tag</source>
        <translation>按姓名、电子邮件、组织、职位或标签搜索联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>%n person</source>
        <translation>%n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>%n people</source>
        <translation>%n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>%1 of %n person</source>
        <translation>%1 / %n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>%1 of %n people</source>
        <translation>%1 / %n 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>No one matches your search.</source>
        <translation>没有符合搜索条件的人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>No people yet. Add someone with New (Ctrl+N).</source>
        <translation>还没有联系人。用“新建”（Ctrl+N）添加一位吧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Export Personal Data…</source>
        <translation>导出个人数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Erase Completely…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Show History…</source>
        <translation>显示历史…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Export personal data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Erase %1 completely? Their RSVPs, conversations, core candidacies, venue roles and history are erased too. This cannot be undone, and the undo history is cleared. Backups taken earlier still hold them until they rotate away.</source>
        <translation>彻底删除 %1？其报名回复、沟通记录、核心候选资格、场地角色和历史也会一并删除。此操作无法撤销，撤销历史也会被清空。之前的备份在轮换淘汰前仍会保留这些数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Erase completely</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Delete %1? Their RSVPs and conversations are deleted too. You can undo this.</source>
        <translation>删除 %1？其报名回复和沟通记录也会一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Delete %n people? Their RSVPs and conversations are deleted too. You can undo this.</source>
        <translation>删除 %n 人？其报名回复和沟通记录也会一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/people_panel.py"/>
        <source>Delete %n people</source>
        <translation>删除 %n 人</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/people_table.py"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Edit person</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>New person</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>What they like to be called</source>
        <translation>对方希望被怎么称呼</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>one or more, separated by commas</source>
        <translation>一个或多个，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>e.g. core, speaker, investor</source>
        <translation>例如：core, speaker, investor</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Name &amp;order:</source>
        <translation>姓名顺序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Preferred name:</source>
        <translation>称呼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Pro&amp;nouns:</source>
        <translation>代词(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Organi&amp;zation:</source>
        <translation>组织(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Job title:</source>
        <translation>职位(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Ho&amp;w we met:</source>
        <translation>相识经过(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/person_dialog.py"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Conversations</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Core involvement</source>
        <translation>参与的核心名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Events</source>
        <translation>活动(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Conversations</source>
        <translation>沟通记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>C&amp;ore</source>
        <translation>核心(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Log a conversation…</source>
        <translation>记录沟通(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Write a &amp;message…</source>
        <translation>写消息(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Goes by %1</source>
        <translation>称呼：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>How we met: %1</source>
        <translation>相识经过：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>events attended</source>
        <translation>次出席活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>no-shows</source>
        <translation>次缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Log a conversation</source>
        <translation>记录沟通</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>A conversation with %1.</source>
        <translation>与 %1 的一次沟通。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>&amp;Log</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>To %1</source>
        <translation>致 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/person_page.py"/>
        <source>Log a conversation with %1</source>
        <translation>记录与 %1 的沟通</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../app/ui/dialogs/person_picker.py"/>
        <source>Type a name, e-mail or organization</source>
        <translation>输入姓名、电子邮件或组织</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Organizer</source>
        <translation>组织者(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Calendar invitations name the organizer, and guests' answers go to this e-mail address. New events start in the default time zone. Everyone who uses this database shares these settings.</source>
        <translation>日历邀请会注明组织者，宾客的回复会发到这个电子邮件地址。新活动默认使用这里的时区。使用此数据库的所有人共享这些设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Open a database to set its organizer and default time zone.</source>
        <translation>请先打开数据库，再设置组织者和默认时区。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>e.g. Alex Morgan</source>
        <translation>例如：王明</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>e.g. alex@example.org</source>
        <translation>例如：alex@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>This computer's time zone (%1)</source>
        <translation>本机时区（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Default &amp;time zone:</source>
        <translation>默认时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Shown next to your changes in the history; kept on this computer only.</source>
        <translation>显示在历史记录中您的更改旁边；仅保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Printing</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Label stock for badges</source>
        <translation>胸牌标签纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Stock for place cards</source>
        <translation>桌卡用纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Badges on:</source>
        <translation>胸牌用纸(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Place &amp;cards on:</source>
        <translation>桌卡用纸(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&lt;b&gt;Printer offset.&lt;/b&gt; If your printer puts badges slightly off the labels, print the alignment test sheet from the Badges window on plain paper, hold it against a sheet of labels, and enter how far to move the print.</source>
        <translation>&lt;b&gt;打印机偏移。&lt;/b&gt;如果打印机把胸牌印得稍微偏离标签，请在“胸牌”窗口中用普通纸打印对齐测试页，贴在标签纸上比对，然后输入打印内容需要移动的距离。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Move right</source>
        <translation>向右移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Move down</source>
        <translation>向下移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Move &amp;right:</source>
        <translation>向右移动(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Move &amp;down:</source>
        <translation>向下移动(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Negative values move left and up.</source>
        <translation>负值表示向左和向上移动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>System (follows light, dark and high contrast)</source>
        <translation>跟随系统（浅色、深色和高对比度）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Show the &amp;welcome window when a database is empty</source>
        <translation>数据库为空时显示欢迎窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Text follows the font size set for your system. To make it larger or smaller, change it there.</source>
        <translation>文字大小跟随系统字号。如需调整，请在系统设置中更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Automatic (Letter or A4, as usual in your region)</source>
        <translation>自动（按你所在地区的习惯使用 Letter 或 A4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Change Shared Preferences</source>
        <translation>更改共享偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>The Badges window picks a common stock for your paper size.</source>
        <translation>“胸牌”窗口会为你的纸张尺寸选择一种常见用纸。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>%1 per sheet · %2 · %3 paper</source>
        <translation>每张 %1 个 · %2 · %3 纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>System</source>
        <translation type="vanished">跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>System (%1)</source>
        <translation type="vanished">跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences_dialog.py"/>
        <source>Convivio shows the new language the next time it starts.</source>
        <translation type="vanished">Convivio 下次启动时会使用新语言。</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Nothing here yet.</source>
        <translation>这里还什么都没有。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/records_panel.py"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RepliesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import Calendar Replies</source>
        <translation>导入日历回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Add the answers your guests' calendars sent back: .ics files, or the e-mails saved as .eml. Drop them on this window or choose them.</source>
        <translation>添加宾客日历发回的回复：.ics 文件，或另存为 .eml 的电子邮件。把它们拖到此窗口，或点击选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Reply files</source>
        <translation>回复文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>No files yet.</source>
        <translation>还没有文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Choose calendar replies</source>
        <translation>选择日历回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Calendar replies (*.ics *.eml *.ical);;All files (*)</source>
        <translation>日历回复 (*.ics *.eml *.ical);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Reading the replies…</source>
        <translation>正在读取回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Importing the replies…</source>
        <translation>正在导入回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Stopped reading the files; nothing was changed.</source>
        <translation>已停止读取文件；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n reply can be imported.</source>
        <translation>%n 条回复可以导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n replies can be imported.</source>
        <translation>%n 条回复可以导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n guest going joins the waitlist: the event is full.</source>
        <translation>%n 位报名参加的宾客进入候补：活动已满。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n guests going join the waitlist: the event is full.</source>
        <translation>%n 位报名参加的宾客进入候补：活动已满。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n file is rejected: select it to see why.</source>
        <translation>%n 个文件被拒绝：选中它即可查看原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n files are rejected: select one to see why.</source>
        <translation>%n 个文件被拒绝：选中其中一个即可查看原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import %n Reply</source>
        <translation>导入 %n 条回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import %n Replies</source>
        <translation>导入 %n 条回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import %n calendar reply</source>
        <translation>导入 %n 条日历回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Import %n calendar replies</source>
        <translation>导入 %n 条日历回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Imported: %n guest's answer changed.</source>
        <translation>已导入：%n 位宾客的回复有变化。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Imported: %n guests' answers changed.</source>
        <translation>已导入：%n 位宾客的回复有变化。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n joined the waitlist: the event is full.</source>
        <translation>%n 人进入候补：活动已满。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n file was rejected.</source>
        <translation>%n 个文件被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>%n files were rejected.</source>
        <translation>%n 个文件被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Edit → Undo takes the import back.</source>
        <translation>使用“编辑 → 撤销”可以撤回这次导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/replies_dialog.py"/>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>Choose a backup of %1. The current file is kept aside, so restoring can be undone by restoring it again.</source>
        <translation>选择 %1 的一个备份。当前文件会另行保留，因此可以通过再次恢复它来撤销这次恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>%1 — %2 — %3 KB</source>
        <translation>%1 — %2 — %3 KB</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>There are no backups of this database yet.</source>
        <translation>这个数据库还没有备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/restore_dialog.py"/>
        <source>the file a restore replaced</source>
        <translation>被恢复操作替换的文件</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Seated</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Standing</source>
        <translation>站席</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>&amp;Add room</source>
        <translation>添加房间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_editors.py"/>
        <source>Remove room</source>
        <translation>移除房间</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../../app/ui/dialogs/sheet_preview.py"/>
        <source>Preview of the first sheet</source>
        <translation>第一张纸的预览</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>No-shows</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Similar events</source>
        <translation>类似活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Last seen</source>
        <translation>最近见面</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_suggestions.py"/>
        <source>Said they'd come and didn't, %n times</source>
        <translation>答应参加却没来过 %n 次</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Lines not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>&lt;b&gt;%1 new guests&lt;/b&gt;, %2 updated, %3 already up to date.</source>
        <translation>&lt;b&gt;%1 位新宾客&lt;/b&gt;，%2 位已更新，%3 位无需更新。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>New people: %1 · merged with someone you know: %2.</source>
        <translation>新联系人：%1 · 与已认识的人合并：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%1 guests marked going joined the waitlist: the event is full.</source>
        <translation>%1 位报名参加的宾客进入候补：活动已满。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%1 guests marked going were let in beyond capacity.</source>
        <translation>%1 位报名参加的宾客超出容量入场。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>%1 lines could not be imported; fix them in the file and import again.</source>
        <translation>%1 行无法导入；请在文件中修正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/guest_import_pages.py"/>
        <source>Line %1: %2 was added as a new person (same name as someone you know).</source>
        <translation>第 %1 行：%2 已作为新联系人添加（与已认识的人同名）。</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Connect to team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>A team shares one PostgreSQL database. Ask whoever runs it for these details.</source>
        <translation>团队共用一个 PostgreSQL 数据库。请向管理它的人索取以下信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/team_connect_dialog.py"/>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Write a message</source>
        <translation>写消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Your name, to sign messages</source>
        <translation>你的名字，用于消息署名</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Move them to “Asked” on the core board</source>
        <translation>在核心看板上将他们移到“已邀请”</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Open in &amp;mail program</source>
        <translation>在邮件程序中打开(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>S&amp;igned:</source>
        <translation>署名(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Messa&amp;ge:</source>
        <translation>消息(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>No e-mail address known</source>
        <translation>没有已知的电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Type your name under “Signed”: this template signs with it.</source>
        <translation>请在“署名”中填写你的名字：这个模板会用它署名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Sent “%1”</source>
        <translation>已发送“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Send “%1”</source>
        <translation>发送“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Sign messages as %1</source>
        <translation>以 %1 署名</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Edit template “%1”</source>
        <translation>编辑模板“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Add template “%1”</source>
        <translation>添加模板“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Delete the template “%1”? You can undo this.</source>
        <translation>删除模板“%1”？此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_dialog.py"/>
        <source>Delete template “%1”</source>
        <translation>删除模板“%1”</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>The name they like to be called</source>
        <translation>对方希望被怎么称呼</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Their whole name, in their own order</source>
        <translation>对方的全名，按其习惯的顺序</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>The event's title</source>
        <translation>活动标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>The event's date, in its time zone</source>
        <translation>活动日期（按活动所在时区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>The event's start time, in its time zone</source>
        <translation>活动开始时间（按活动所在时区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Where the event happens</source>
        <translation>活动地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Your name, as set in the message window</source>
        <translation>你的名字，即消息窗口中填写的署名</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Edit template</source>
        <translation>编辑模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>Insert a placeholder…</source>
        <translation>插入占位符…</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/template_editor.py"/>
        <source>&amp;Text:</source>
        <translation>正文(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Follow up with %1.</source>
        <translation>跟进 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Nudge %1 about their answer.</source>
        <translation>提醒 %1 回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Catch up with %1.</source>
        <translation>和 %1 叙叙旧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Thank %1 for coming.</source>
        <translation>感谢 %1 的到来。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Check in with %1, who missed it.</source>
        <translation>问候一下缺席的 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/today_actions.py"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n day overdue</source>
        <translation>逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n days overdue</source>
        <translation>逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Thank the host</source>
        <translation>感谢场地方</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>asked %n day ago</source>
        <translation>%n 天前邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>asked %n days ago</source>
        <translation>%n 天前邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>every %n day</source>
        <translation>每 %n 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>every %n days</source>
        <translation>每 %n 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>never talked to</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>last talked %1</source>
        <translation>上次联系：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>After “%1”: thank who came</source>
        <translation>“%1”之后：感谢到场的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>After “%1”: check in with who missed it</source>
        <translation>“%1”之后：问候缺席的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>… and %n more</source>
        <translation>… 另外 %n 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Waiting for an answer for over %n day</source>
        <translation>等待回复超过 %n 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Waiting for an answer for over %n days</source>
        <translation>等待回复超过 %n 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Coming up this week</source>
        <translation>本周即将到来</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>Keep in touch</source>
        <translation>保持联系</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n overdue</source>
        <translation>%n 项逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n due today</source>
        <translation>%n 项今天到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n waiting for an answer</source>
        <translation>%n 项等待回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n to keep in touch with</source>
        <translation>%n 人需要保持联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/core_today.py"/>
        <source>%n to follow up after events</source>
        <translation>%n 人需要在活动后跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>No follow-ups due this week ✓</source>
        <translation>本周没有到期的跟进 ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>People to reach out to</source>
        <translation>需要联系的人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Nobody is waiting on you, and every cadence is kept ✓</source>
        <translation>没有人在等你回复，所有联系节奏都保持得很好 ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Mark &amp;done…</source>
        <translation>标记完成(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Open &amp;person</source>
        <translation>打开联系人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Write a &amp;message…</source>
        <translation>写消息(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Days before an unanswered ask is listed</source>
        <translation>未回复的邀请在多少天后列出</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>List unanswered asks after</source>
        <translation>未回复的邀请列出时间：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Write a message…</source>
        <translation>写消息…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Open person</source>
        <translation>打开联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>&lt;p style='font-size:x-large'&gt;All caught up ✓&lt;/p&gt;&lt;p&gt;Nothing is due today. A good moment to plan the next event, or to say hello to someone you haven't seen in a while.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:x-large'&gt;全部完成 ✓&lt;/p&gt;&lt;p&gt;今天没有到期事项。正好可以策划下一个活动，或者问候一位很久没见的朋友。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Good morning</source>
        <translation>早上好</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Good afternoon</source>
        <translation>下午好</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Good evening</source>
        <translation>晚上好</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>%1, %2</source>
        <comment>greeting, then the organizer's name</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>To %1</source>
        <translation>致 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>List unanswered asks after %n days</source>
        <translation>未回复的邀请在 %n 天后列出</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>O&amp;pen venue</source>
        <translation>打开场地(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/today_panel.py"/>
        <source>Open venue</source>
        <translation>打开场地</translation>
    </message>
</context>
<context>
    <name>VenueDetail</name>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Edit &amp;Partner…</source>
        <translation>编辑合作方(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Seated</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Standing</source>
        <translation>站席</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Terms</source>
        <translation>合作条件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Pipeline</source>
        <translation>合作进展</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>History</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Choose a venue partner to see its details.</source>
        <translation>选择一个场地伙伴以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>How to get in:</source>
        <translation>如何进入：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Closes at:</source>
        <translation>关门时间：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Amenities:</source>
        <translation>设施：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Food and drink:</source>
        <translation>餐饮：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>House rules:</source>
        <translation>场地规定：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Security:</source>
        <translation>安保：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Links:</source>
        <translation>链接：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Terms:</source>
        <translation>合作条件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>They get:</source>
        <translation>对方获得：</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Move</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Partnership steps</source>
        <translation>合作步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>&amp;Log a step…</source>
        <translation>记录步骤(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Remove step</source>
        <translation>移除步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Thank-you</source>
        <translation>致谢</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Events hosted</source>
        <translation>已举办的活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>&amp;Thank the host…</source>
        <translation>感谢场地方(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Host &amp;sheet…</source>
        <translation>场地方说明单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Include the guest list</source>
        <translation>包含宾客名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Print the guest list even if the venue doesn't ask for one</source>
        <translation>即使场地方没有要求，也打印宾客名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>The event's time zone</source>
        <translation>活动所在时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Next follow-up: %1</source>
        <translation>下次跟进：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%n event held here</source>
        <translation>在此举办过 %n 场活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%n events held here</source>
        <translation>在此举办过 %n 场活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%1 so far; last thanked: %2.</source>
        <translation>%1；最近一次致谢：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%1 checked in</source>
        <translation>%1 人签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%1 going</source>
        <translation>%1 人参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Thanked %1</source>
        <translation>已致谢 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>Guest list %1 days before</source>
        <translation>提前 %1 天提交宾客名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>photo ID at the door</source>
        <translation>入口查验带照片的证件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venue_detail.py"/>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Edit venue partner</source>
        <translation>编辑场地伙伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>New venue partner</source>
        <translation>新建场地伙伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Same as each event</source>
        <translation>与每个活动相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Entrance, floor, check-in desk…</source>
        <translation>入口、楼层、前台…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Others, separated by commas</source>
        <translation>其他，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Other amenities</source>
        <translation>其他设施</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Closes at</source>
        <translation>关门时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Closing time</source>
        <translation>关门时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Guests show a photo ID at the door</source>
        <translation>宾客需在入口出示带照片的证件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Photos, floor plans, agreements: one per line</source>
        <translation>照片、平面图、协议：每行一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>e.g. 250.00</source>
        <translation>例如：250.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Anything else, separated by commas</source>
        <translation>其他，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Other things they get</source>
        <translation>对方获得的其他回报</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Organi&amp;zation:</source>
        <translation>组织(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>T&amp;ime zone:</source>
        <translation>时区(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Web page:</source>
        <translation>网页(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Access and rules</source>
        <translation>进入和规定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>How to &amp;get in:</source>
        <translation>如何进入(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Amenities:</source>
        <translation>设施：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Food and drink:</source>
        <translation>餐饮(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;House rules:</source>
        <translation>场地规定(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Closing time:</source>
        <translation>关门时间：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Guest &amp;list:</source>
        <translation>宾客名单(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Security notes:</source>
        <translation>安保说明(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Lin&amp;ks:</source>
        <translation>链接(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>Partnership</source>
        <translation>合作</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>&amp;Terms:</source>
        <translation>合作条件(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>C&amp;ost:</source>
        <translation>费用(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_dialog.py"/>
        <source>They get:</source>
        <translation>对方获得：</translation>
    </message>
</context>
<context>
    <name>VenueStepDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>Log a step — %1</source>
        <translation>记录步骤 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>%1 (stays)</source>
        <translation>%1（不变）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>No particular event</source>
        <translation>不针对特定活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;Moves to:</source>
        <translation>进入阶段(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/venue_step_dialog.py"/>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
</context>
<context>
    <name>VenueWarningsBox</name>
    <message>
        <location filename="../../app/ui/dialogs/venue_warnings_box.py"/>
        <source>Venue warnings</source>
        <translation>场地提醒</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Search partners by name, organization, address, room, contact or stage</source>
        <translation>按名称、组织、地址、房间、联系人或阶段搜索合作方</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Venue partners</source>
        <translation>场地伙伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>%n partner</source>
        <translation>%n 个合作方</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>%n partners</source>
        <translation>%n 个合作方</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>%1 of %n partner</source>
        <translation>%1 / %n 个合作方</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>%1 of %n partners</source>
        <translation>%1 / %n 个合作方</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>No venue partner matches your search.</source>
        <translation>没有符合搜索条件的场地伙伴。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>No venue partners yet. Add the places that host you with New (Ctrl+N).</source>
        <translation>还没有场地伙伴。用“新建”（Ctrl+N）添加为你提供场地的地方吧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Delete %1 with its rooms, contacts and log? Its events stay, without a venue. You can undo this.</source>
        <translation>删除 %1 及其房间、联系人和记录？其活动会保留，但不再关联场地。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Delete %n venue partners? Their events stay, without a venue. You can undo this.</source>
        <translation>删除 %n 个场地伙伴？其活动会保留，但不再关联场地。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Delete %n venue partners</source>
        <translation>删除 %n 个场地伙伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Remove step</source>
        <translation>移除步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Remove this step from the partnership log? You can undo this.</source>
        <translation>从合作记录中移除这一步？此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/venues_panel.py"/>
        <source>Remove a step from the log</source>
        <translation>从记录中移除一步</translation>
    </message>
</context>
<context>
    <name>VenuesTableModel</name>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Thank the host</source>
        <translation>感谢场地方</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Room for</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>People the largest room holds</source>
        <translation>最大房间可容纳的人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Hosted</source>
        <translation>已举办</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Events held there so far</source>
        <translation>目前在此举办过的活动数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/venues_table.py"/>
        <source>Terms</source>
        <translation>合作条件</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Walk-in's name</source>
        <translation>现场来宾的姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>E-mail (optional)</source>
        <translation>电子邮件（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Walk-in's e-mail</source>
        <translation>现场来宾的电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Add and check in</source>
        <translation>添加并签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/checkin_parts.py"/>
        <source>Walk-in:</source>
        <translation>现场登记：</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Welcome to Convivio</source>
        <translation>欢迎使用 Convivio</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>&amp;Explore the demo</source>
        <translation>体验演示(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Opens a separate practice database with made-up people, events and answers. Your own database stays empty.</source>
        <translation>打开一个单独的练习数据库，其中有虚构的联系人、活动和回复。你自己的数据库保持为空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>&amp;Import a guest list</source>
        <translation>导入宾客名单(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Bring in people from a spreadsheet saved as CSV. You first add the event they are coming to.</source>
        <translation>从另存为 CSV 的电子表格导入联系人。请先添加他们要参加的活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>&amp;Start empty</source>
        <translation>从空白开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Add your first event and the people you know yourself.</source>
        <translation>添加你的第一个活动和你认识的人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Creating the demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Demo database progress</source>
        <translation>演示数据库进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Getting Started &amp;Guide</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>&amp;Don't show this again</source>
        <translation>不再显示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Convivio helps you grow events from a small core of people you know: ask them one to one, announce, invite the rest, print badges and check guests in at the door. How would you like to begin?</source>
        <translation>Convivio 帮你从一小群熟人出发把活动办起来：一对一邀请、公布、邀请其他人、打印胸牌、在入口签到。你想从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>announce</name>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>%n more person is missing.</source>
        <translation>还差 %n 人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>%n more people are missing.</source>
        <translation>还差 %n 人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>Only %1 of the %2 core people for “%3” have committed: %4

Announce it anyway?</source>
        <translation>“%3”的 %2 位核心成员中只有 %1 位已承诺参加：%4

仍要公布吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>The core isn't complete</source>
        <translation>核心成员还不完整</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>Announce anyway</source>
        <translation>仍然公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/announce_gate.py"/>
        <source>Not announced: the core isn't complete yet. Choose another status or confirm more people first.</source>
        <translation>未公布：核心成员还不完整。请选择其他状态，或先确认更多人。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>To ask</source>
        <translation>待邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Asked</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Interested</source>
        <translation>有兴趣</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>No-show</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Coming</source>
        <translation>将参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Not going</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Going</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Maybe</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>Awaiting approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>in %n day</source>
        <translation>%n 天后</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>in %n days</source>
        <translation>%n 天后</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>%n day ago</source>
        <translation>%n 天前</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>%n days ago</source>
        <translation>%n 天前</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/words.py"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/crash_dialog.py"/>
        <source>Convivio ran into a problem</source>
        <translation>Convivio 遇到了问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py"/>
        <source>Something went wrong inside Convivio. Your saved data is safe; the action you were doing may not have finished. Please copy the report below and send it to the developers.</source>
        <translation>Convivio 内部出错了。你已保存的数据是安全的；刚才的操作可能没有完成。请复制下面的报告并发送给开发者。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
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
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Preferred name</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Pronouns</source>
        <translation>代词</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>E-mail addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Platform ids</source>
        <translation>平台 ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>How we met</source>
        <translation>相识经过</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Core target</source>
        <translation>核心目标人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Practical information</source>
        <translation>实用信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Setup notes</source>
        <translation>布置说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Contact on the day</source>
        <translation>当天联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>RSVPs</source>
        <translation>报名回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Access</source>
        <translation>进入方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Amenities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Food and drink rules</source>
        <translation>餐饮规定</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>House rules</source>
        <translation>场地规定</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Closing time</source>
        <translation>关门时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Guest list due (days before)</source>
        <translation>宾客名单提交时间（提前天数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>ID required</source>
        <translation>需要证件</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Security notes</source>
        <translation>安保说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Terms</source>
        <translation>合作条件</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>What we give back</source>
        <translation>我们的回报</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Partnership notes</source>
        <translation>合作备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Guests</source>
        <translation>同伴</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Dietary needs</source>
        <translation>饮食需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Accessibility needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../app/ui/i18n.py"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py"/>
        <source>A new language applies when you restart Convivio.</source>
        <translation>新语言将在重新启动 Convivio 后生效。</translation>
    </message>
</context>
<context>
    <name>invite_labels</name>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Invitation (new)</source>
        <translation>邀请（新）</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Updated invitation</source>
        <translation>更新后的邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Invitation again (after a cancellation)</source>
        <translation>再次邀请（取消之后）</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Invitation (again)</source>
        <translation>邀请（再次）</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Cancellation</source>
        <translation>取消通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Cancellation (un-invited)</source>
        <translation>取消通知（撤回邀请）</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: no e-mail address</source>
        <translation>已跳过：没有电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: e-mail address calendars can't use</source>
        <translation>已跳过：日历无法使用该电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: on the waitlist</source>
        <translation>已跳过：在候补名单中</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: waiting for approval</source>
        <translation>已跳过：等待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: declined</source>
        <translation>已跳过：已谢绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: has the current invitation</source>
        <translation>已跳过：已有最新邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: never received an invitation</source>
        <translation>已跳过：从未收到邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped: already sent the cancellation</source>
        <translation>已跳过：已发送过取消通知</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n without an e-mail address</source>
        <translation>%n 人没有电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n with an unusable e-mail address</source>
        <translation>%n 人的电子邮件地址无法使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n with unusable e-mail addresses</source>
        <translation>%n 人的电子邮件地址无法使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n on the waitlist</source>
        <translation>%n 人在候补名单中</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n waiting for approval</source>
        <translation>%n 人等待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n declined</source>
        <translation>%n 人已谢绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n already up to date</source>
        <translation>%n 人无需更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n never invited</source>
        <translation>%n 人从未受邀</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>%n already cancelled</source>
        <translation>%n 人已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/invite_labels.py"/>
        <source>Skipped %1: %2.</source>
        <translation>跳过 %1：%2。</translation>
    </message>
</context>
<context>
    <name>invite_offer</name>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>“%1” is cancelled. %n guest received a calendar invitation. Export a cancellation so the event leaves their calendar?</source>
        <translation>“%1”已取消。%n 位宾客收到过日历邀请。要导出取消通知，把活动从其日历中移除吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>“%1” is cancelled. %n guests received a calendar invitation. Export cancellations so the event leaves their calendars?</source>
        <translation>“%1”已取消。%n 位宾客收到过日历邀请。要导出取消通知，把活动从他们的日历中移除吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>Export Cancellations…</source>
        <translation>导出取消通知…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>“%1” is back on. %n guest was sent a cancellation. Export the invitation again?</source>
        <translation>“%1”恢复举办。%n 位宾客收到过取消通知。要重新导出邀请吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>“%1” is back on. %n guests were sent a cancellation. Export the invitations again?</source>
        <translation>“%1”恢复举办。%n 位宾客收到过取消通知。要重新导出邀请吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>You changed the time, date or place of “%1”. %n guest has an invitation with the old details. Export an updated invitation?</source>
        <translation>你修改了“%1”的时间、日期或地点。%n 位宾客手中的邀请还是旧信息。要导出更新后的邀请吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>You changed the time, date or place of “%1”. %n guests have an invitation with the old details. Export updated invitations?</source>
        <translation>你修改了“%1”的时间、日期或地点。%n 位宾客手中的邀请还是旧信息。要导出更新后的邀请吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>Export Updates…</source>
        <translation>导出更新…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/invite_offer.py"/>
        <source>Calendar Invites</source>
        <translation>日历邀请</translation>
    </message>
</context>
<context>
    <name>invite_rows</name>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Gets</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Waitlist (the event is full)</source>
        <translation>候补（活动已满）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>(no change)</source>
        <translation>（无变化）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/invite_rows.py"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>label_stocks</name>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery 5392 / 5384 name badge inserts, 4 x 3 in, 6 per sheet</source>
        <translation>Avery 5392 / 5384 胸牌插卡，4 × 3 英寸，每张 6 个</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Perforated card inserts that touch (pitch = size). Neither source gives a corner radius. LibreOffice also lists 74540/74541 with the same measure; not verified, so not listed as aliases.</source>
        <translation>相邻插卡紧贴的打孔插卡（间距 = 尺寸）。两份来源都没有给出圆角半径。LibreOffice 还列出了尺寸相同的 74540/74541；未经核实，因此没有列为别名。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery 5395 / 8395 adhesive name badges, 3-3/8 x 2-1/3 in, 8 per sheet</source>
        <translation>Avery 5395 / 8395 不干胶胸牌，3-3/8 × 2-1/3 英寸，每张 8 个</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Die-cut labels with 9.5 mm gaps between columns and 4.2 mm between rows.</source>
        <translation>模切标签，列间距 9.5 毫米，行间距 4.2 毫米。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery L7418 name badge labels, 86 x 55 mm, 8 per A4 sheet</source>
        <translation>Avery L7418 胸牌标签，86 × 55 毫米，每张 A4 纸 8 个</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Only one source (not in gLabels). Pitch = size, so the labels touch. No corner radius in the source; print the alignment sheet before a large run.</source>
        <translation>只有一份来源（gLabels 中没有）。间距 = 尺寸，因此标签彼此紧贴。来源中没有圆角半径；大批量打印前请先打印对齐测试页。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery L4785 self-adhesive name badges, 80 x 50 mm, 10 per A4 sheet</source>
        <translation>Avery L4785 不干胶胸牌，80 × 50 毫米，每张 A4 纸 10 个</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Same pitch as HERMA 4412 but 0.5 mm further right and up, as the sources give them.</source>
        <translation>间距与 HERMA 4412 相同，但按来源数据向右、向上各偏 0.5 毫米。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Durable BADGEMAKER inserts 1445-02, 90 x 54 mm, 10 per A4 sheet</source>
        <translation>Durable BADGEMAKER 插卡 1445-02，90 × 54 毫米，每张 A4 纸 10 个</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Perforated inserts that touch (pitch = size).</source>
        <translation>相邻插卡紧贴的打孔插卡（间距 = 尺寸）。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>HERMA 4412 name labels, 80 x 50 mm, 10 per A4 sheet</source>
        <translation>HERMA 4412 姓名标签，80 × 50 毫米，每张 A4 纸 10 个</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>The source gives no corner radius.</source>
        <translation>来源中没有给出圆角半径。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Plain A4, cut yourself: 4 x A6 portrait (105 x 148.5 mm)</source>
        <translation>普通 A4 纸，自行裁切：4 个纵向 A6（105 × 148.5 毫米）</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Cells reach the paper edge, where office printers leave 3-5 mm blank, so the padding is 7 mm. No room for crop marks outside the cells: use the outline as cut lines.</source>
        <translation>单元格延伸到纸边，而办公打印机会在纸边留出 3–5 毫米空白，因此内边距为 7 毫米。单元格外没有空间放裁切标记：请沿轮廓线裁切。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Plain A4, cut yourself: 4 badges of 3 x 4 in (portrait), centred</source>
        <translation>普通 A4 纸，自行裁切：4 个 3 × 4 英寸胸牌（纵向），居中</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Needs crop marks or the outline to cut along.</source>
        <translation>需要裁切标记或轮廓线来辅助裁切。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Plain US Letter, cut yourself: 4 badges of 3 x 4 in (portrait), centred</source>
        <translation>普通 US Letter 纸，自行裁切：4 个 3 × 4 英寸胸牌（纵向），居中</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Needs crop marks or the outline to cut along. For Avery 5392 inserts use avery-5392 (6 per sheet, landscape).</source>
        <translation>需要裁切标记或轮廓线来辅助裁切。Avery 5392 插卡请使用 avery-5392（每张 6 个，横向）。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery 5305 medium tent cards, 2-1/2 x 8-1/2 in folded, 2 per Letter sheet</source>
        <translation>Avery 5305 中号桌卡，折叠后 2-1/2 × 8-1/2 英寸，每张 Letter 纸 2 个</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>The card folds across its middle (panels 8.5 x 2.5 in). The padding is LibreOffice's safe area; the cards run to the side edges of the paper.</source>
        <translation>卡片从中间对折（每面 8.5 × 2.5 英寸）。内边距采用 LibreOffice 的安全区域；卡片延伸到纸张左右两边。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Avery 5309 large tent card, 3-1/2 x 11 in folded, 1 per landscape Letter sheet</source>
        <translation>Avery 5309 大号桌卡，折叠后 3-1/2 × 11 英寸，每张横向 Letter 纸 1 个</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Letter (landscape)</source>
        <translation>Letter（横向）</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>The sources disagree on the safe area; the padding (0.5 in) is the smaller area of the two. The card folds across its middle (panels 11 x 3.5 in).</source>
        <translation>各来源给出的安全区域不一致；内边距（0.5 英寸）取两者中较小的区域。卡片从中间对折（每面 11 × 3.5 英寸）。</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Plain A4 card, cut and fold yourself: 2 tent cards of 190 x 69 mm folded</source>
        <translation>普通 A4 卡纸，自行裁切和折叠：2 个折叠后 190 × 69 毫米的桌卡</translation>
    </message>
    <message>
        <location filename="../../resources/label_stocks.json"/>
        <source>Print on 160-250 g/m2 card, cut along the outline or crop marks, fold along the dashed line.</source>
        <translation>使用 160–250 克/平方米的卡纸打印，沿轮廓线或裁切标记裁切，再沿虚线折叠。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Dinner</source>
        <translation>晚宴</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Meetup</source>
        <translation>聚会</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Class</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Talk</source>
        <translation>讲座</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Panel</source>
        <translation>圆桌讨论</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Conference side event</source>
        <translation>会议周边活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Confirming core</source>
        <translation>确认核心成员中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Announced</source>
        <translation>已公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Done</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Co-working space</source>
        <translation>联合办公空间</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Restaurant</source>
        <translation>餐厅</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Non-profit</source>
        <translation>非营利组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Given name first (Ada Lovelace)</source>
        <translation>名在前（Ada Lovelace）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>Family name first (张伟, Nagy Zoltán)</source>
        <translation>姓在前（张伟、Nagy Zoltán）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>rsvp_labels</name>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Going</source>
        <translation>参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Maybe</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Declined</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Pending approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Guest</source>
        <translation>宾客</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Speaker</source>
        <translation>讲者</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Walk-in</source>
        <translation>现场登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Spreadsheet (hand-made list)</source>
        <translation>电子表格（手工名单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Platform user id</source>
        <translation>平台用户 ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Profile link</source>
        <translation>个人主页链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Guests (+N)</source>
        <translation>同伴（+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Came / checked in</source>
        <translation>到场 / 已签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Check-in time</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Registration date</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Dietary needs</source>
        <translation>饮食需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Accessibility needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Offered a seat until %1</source>
        <translation>座位保留至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Waitlist #%1</source>
        <translation>候补第 %1 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>%1 (beyond capacity)</source>
        <translation>%1（超出容量）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>no capacity set</source>
        <translation>未设置容量</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>%1 of %2 seats left</source>
        <translation>剩余 %1 个座位，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offer accepted</source>
        <translation>已接受座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offer expired</source>
        <translation>座位邀请已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offer declined</source>
        <translation>已婉拒座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>seated beyond capacity</source>
        <translation>超出容量入座</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>waitlisted: the event is full</source>
        <translation>进入候补：活动已满</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>needs changed</source>
        <translation>需求已更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>reconfirmed</source>
        <translation>已再次确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>reconfirmation cleared</source>
        <translation>已取消再次确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offered by hand</source>
        <translation>手动提供座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>seated by hand</source>
        <translation>手动安排座位</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>check-in taken back</source>
        <translation>已撤回签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>walked in and checked in</source>
        <translation>现场登记并签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>Confirmed as part of the core</source>
        <translation>已确认为核心成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>guests %1 → %2</source>
        <translation>同伴 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>role %1 → %2</source>
        <translation>角色 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>offered a seat until %1</source>
        <translation>座位保留至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>calendar invitation exported (version %1)</source>
        <translation>已导出日历邀请（第 %1 版）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>calendar cancellation exported (version %1)</source>
        <translation>已导出日历取消通知（第 %1 版）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>imported from %1 (line %2)</source>
        <translation>从 %1 导入（第 %2 行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rsvp_labels.py"/>
        <source>updated from %1 (line %2)</source>
        <translation>从 %1 更新（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>venue_commands</name>
    <message>
        <location filename="../../app/ui/commands/venues.py"/>
        <source>Log “%1” for %2</source>
        <translation>为 %2 记录“%1”</translation>
    </message>
</context>
<context>
    <name>venue_labels</name>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Prospect</source>
        <translation>潜在合作</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Asked</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Agreed</source>
        <translation>已谈妥</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Hosted</source>
        <translation>已举办</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Thanked</source>
        <translation>已致谢</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Donated</source>
        <translation>免费提供</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Discounted</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>In kind</source>
        <translation>资源互换</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Projector / screen</source>
        <translation>投影仪 / 幕布</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Microphones</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Video call</source>
        <translation>视频会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Kitchen</source>
        <translation>厨房</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Step-free access</source>
        <translation>无台阶通道</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Accessible toilet</source>
        <translation>无障碍卫生间</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Recruiting visibility</source>
        <translation>招聘曝光</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>A talk slot</source>
        <translation>一个演讲时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Logo on the invitation</source>
        <translation>邀请函上的标志</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>PR</source>
        <translation>公关宣传</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>%1 holds %2 seated</source>
        <translation>%1 可容纳 %2 人就座</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>%1 holds %2 standing</source>
        <translation>%1 可容纳 %2 人站立</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>%1 holds %2</source>
        <translation>%1 可容纳 %2 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The event allows %1 people, but %2.</source>
        <translation>活动允许 %1 人，但%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>%1 people are going (with guests), but %2.</source>
        <translation>已有 %1 人报名参加（含同伴），但%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The event ends at %1, but the venue closes at %2 (%3): %4 min too late.</source>
        <translation>活动 %1 结束，但场地 %2 关门（%3）：晚了 %4 分钟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The venue wanted the guest list by %1; send it now.</source>
        <translation>场地要求在 %1 前提交宾客名单；请现在发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The venue wants the guest list today (%1).</source>
        <translation>场地要求今天（%1）提交宾客名单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The venue wants the guest list tomorrow (%1).</source>
        <translation>场地要求明天（%1）提交宾客名单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/venue_labels.py"/>
        <source>The venue wants the guest list in %1 days (%2).</source>
        <translation>场地要求 %1 天后（%2）提交宾客名单。</translation>
    </message>
</context>
</TS>
