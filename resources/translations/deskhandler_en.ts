<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/about.py" line="+18"/>
        <source>About deskhandler</source>
        <translation>About deskhandler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deskhandler %1</source>
        <translation>deskhandler %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The desk of a unit that handles citizens&apos; scene reports: the queue, the case, the actions, offline and back.</source>
        <translation>The desk of a unit that handles citizens&apos; scene reports: the queue, the case, the actions, offline and back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Licence: Apache-2.0</source>
        <translation>Licence: Apache-2.0</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/accept.py" line="+34"/>
        <source>Accept case</source>
        <translation>Accept case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this case for your unit? You become its handler and the deadline keeps running.</source>
        <translation>Accept this case for your unit? You become its handler and the deadline keeps running.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/base.py" line="+145"/>
        <source>OK</source>
        <extracomment>How long typing may pause before the draft is written (a crash loses at most this much). Whether what is typed is kept as a draft (dialogs without typing do not need one).</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos of the &amp;work done:</source>
        <translation>Photos of the &amp;work done:</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/approve.py" line="+28"/>
        <source>Approve reply</source>
        <translation>Approve reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drafted reply is published as below once approved; you may edit it.</source>
        <translation>The drafted reply is published as below once approved; you may edit it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;pprove and publish</source>
        <translation>A&amp;pprove and publish</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/assign.py" line="+45"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handled by:</source>
        <translation>&amp;Handled by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose someone else than the current handler.</source>
        <translation>Choose someone else than the current handler.</translation>
    </message>
</context>
<context>
    <name>AssignmentNotifier</name>
    <message>
        <location filename="../../src/deskhandler/ui/notifications.py" line="+57"/>
        <source>deskhandler</source>
        <extracomment>Cases that wait for the unit to accept them, and open cases assigned to me. (title, message) of each announcement, as shown. The person clicked the morning reminder (a `ReminderCounts`): show those cases.</extracomment>
        <translation>deskhandler</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n new case(s) for you</source>
        <extracomment>The reminder on screen, while it is the latest message shown.</extracomment>
        <translation>
            <numerusform>%n new case for you</numerusform>
            <numerusform>%n new cases for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Due today: {due}, newly overdue: {overdue}</source>
        <translation>Due today: {due}, newly overdue: {overdue}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reply(ies) wait for your approval</source>
        <translation>
            <numerusform>%n reply waits for your approval</numerusform>
            <numerusform>%n replies wait for your approval</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s reminder</source>
        <translation>Today&apos;s reminder</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/files.py" line="+61"/>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos (JPEG, PNG, WebP) or PDF files, at most {n}</source>
        <translation>Photos (JPEG, PNG, WebP) or PDF files, at most {n}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attach photos of the work done</source>
        <translation>Attach photos of the work done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos and PDF files ({patterns})</source>
        <translation>Photos and PDF files ({patterns})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach at most {max} files ({n} now).</source>
        <translation>Attach at most {max} files ({n} now).</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/bulk.py" line="+324"/>
        <source>Bulk actions on the selected cases</source>
        <extracomment>(generation, `BulkAction`): compute the preview and hand it to `show_preview`.</extracomment>
        <translation>Bulk actions on the selected cases</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n selected case(s). Choose one change; the list shows what it does to each case before anything is queued.</source>
        <translation>
            <numerusform>%n selected case. Choose one change; the list shows what it does to the case before anything is queued.</numerusform>
            <numerusform>%n selected cases. Choose one change; the list shows what it does to each case before anything is queued.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange:</source>
        <translation>C&amp;hange:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to a person</source>
        <translation>Assign to a person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the priority</source>
        <translation>Change the priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the deadline</source>
        <translation>Set the deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply with a template</source>
        <translation>Reply with a template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close as duplicates of a main case</source>
        <translation>Close as duplicates of a main case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handled by:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline (end of day):</source>
        <translation>Deadline (end of day):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main case:</source>
        <translation>Main case:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each case gets the template filled from its own data. A case whose text would publish personal data is left out: answer it on its own.</source>
        <translation>Each case gets the template filled from its own data. A case whose text would publish personal data is left out: answer it on its own.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The main case stays open; the others are closed as its duplicates with a public message pointing the citizen to it. Both timelines are kept.</source>
        <translation>The main case stays open; the others are closed as its duplicates with a public message pointing the citizen to it. Both timelines are kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview per case</source>
        <translation>Preview per case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s) will change; </source>
        <translation>
            <numerusform>%n case will change; </numerusform>
            <numerusform>%n cases will change; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n will not (in red, with the reason).</source>
        <translation>
            <numerusform>%n will not (in red, with the reason).</numerusform>
            <numerusform>%n will not (in red, with the reason).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Apply to %n case(s)</source>
        <translation>
            <numerusform>Apply to %n case</numerusform>
            <numerusform>Apply to %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkFlow</name>
    <message>
        <location filename="../../src/deskhandler/ui/bulk_flow.py" line="+147"/>
        <source>No preview</source>
        <extracomment>A write changed these things (a `ChangeSet`). A short message for the status bar. The dialog on screen, if any (tests drive it). Action ids of the last bulk apply, offered for undo.</extracomment>
        <translation>No preview</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was queued</source>
        <translation>Nothing was queued</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s) changed; waiting to upload.</source>
        <translation>
            <numerusform>%n case changed; waiting to upload.</numerusform>
            <numerusform>%n cases changed; waiting to upload.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some cases changed since the preview</source>
        <translation>Some cases changed since the preview</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s) were not changed:</source>
        <translation>
            <numerusform>%n case was not changed:</numerusform>
            <numerusform>%n cases were not changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n action(s) undone.</source>
        <translation>
            <numerusform>%n action undone.</numerusform>
            <numerusform>%n actions undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not everything was undone</source>
        <translation>Not everything was undone</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s) were already uploading or uploaded and were not undone; change those cases again if needed.</source>
        <translation>
            <numerusform>%n action was already uploading or uploaded and was not undone; change that case again if needed.</numerusform>
            <numerusform>%n actions were already uploading or uploaded and were not undone; change those cases again if needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../src/deskhandler/ui/case_actions.py" line="+83"/>
        <source>This action is not available here.</source>
        <extracomment>A write changed these things (a `ChangeSet`). A short message for the status bar. The dialog on screen, if any (tests drive it).</extracomment>
        <translation>This action is not available here.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The action was not queued</source>
        <translation>The action was not queued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved; waiting to upload.</source>
        <translation>Saved; waiting to upload.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The action could not be queued again</source>
        <translation>The action could not be queued again</translation>
    </message>
</context>
<context>
    <name>CaseFileLayout</name>
    <message>
        <location filename="../../src/deskhandler/ui/printing/case_file.py" line="+75"/>
        <source>Printed {at} by {who}</source>
        <extracomment>Photos per row of the photo table, and the width of each in millimetres.</extracomment>
        <translation>Printed {at} by {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case file {id}</source>
        <translation>Case file {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public answer</source>
        <translation>Public answer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{due} — overdue</source>
        <translation>{due} — overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{due} — due soon</source>
        <translation>{due} — due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timed</source>
        <translation>Timed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At the IOC</source>
        <translation>At the IOC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not uploaded</source>
        <translation>Not uploaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} action(s) of this PC wait for upload</source>
        <translation>{n} action(s) of this PC wait for upload</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this PC&apos;s own actions: the timeline was never downloaded.</source>
        <translation>Only this PC&apos;s own actions: the timeline was never downloaded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>INTERNAL</source>
        <translation>INTERNAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to upload</source>
        <translation>waiting to upload</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Files: {names}</source>
        <translation>Files: {names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To: {unit}</source>
        <translation>To: {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignee: {name}</source>
        <translation>Assignee: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority: {p}</source>
        <translation>Priority: {p}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: {c}</source>
        <translation>Category: {c}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline: {due}</source>
        <translation>Deadline: {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution: {code}</source>
        <translation>Resolution: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating: {rating}</source>
        <translation>Rating: {rating}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} — not downloaded</source>
        <translation>{name} — not downloaded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — not a picture that can be printed</source>
        <translation>{name} — not a picture that can be printed</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../src/deskhandler/ui/case_panel.py" line="+119"/>
        <source>done %1, uploaded later</source>
        <extracomment>Actions offered as buttons, in the order a clerk meets them. The case&apos;s fields, in the order shown. Action buttons per row: three rows of two fit the panel at 1366x768 in Vietnamese, whose labels run longer than the English ones. An action uploaded this long after it was taken shows when it was taken as well. Item data role of timeline items: True while the entry waits for upload.</extracomment>
        <translation>done %1, uploaded later</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a case in the queue.</source>
        <translation>Select a case in the queue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code, status and priority</source>
        <translation>Code, status and priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions that need attention</source>
        <translation>Actions that need attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage…</source>
        <translation>Triage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note… (Ctrl+N)</source>
        <translation>Note… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply… (Ctrl+R)</source>
        <translation>Reply… (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to IOC…</source>
        <translation>Return to IOC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s rating</source>
        <translation>Citizen&apos;s rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy location</source>
        <translation>Copy location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open map…</source>
        <translation>Open map…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates…</source>
        <translation>Possible duplicates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n action(s) on this case need attention: open the list…</source>
        <translation>
            <numerusform>%n action on this case needs attention: open the list…</numerusform>
            <numerusform>%n actions on this case need attention: open the list…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — due soon</source>
        <translation>%1 — due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shared with the unit</source>
        <translation>Not shared with the unit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>waiting to upload</source>
        <translation>waiting to upload</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open map</source>
        <translation>Open map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this location in the web browser?
%1</source>
        <translation>Open this location in the web browser?
%1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/close.py" line="+48"/>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a resolution…</source>
        <translation>Choose a resolution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate of case:</source>
        <translation>&amp;Duplicate of case:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of the case it duplicates (optional)</source>
        <translation>Code of the case it duplicates (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close case</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how the case was resolved.</source>
        <translation>Choose how the case was resolved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case cannot duplicate itself.</source>
        <translation>A case cannot duplicate itself.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/conflicts.py" line="+203"/>
        <source>{action} on case {case}, {when}</source>
        <translation>{action} on case {case}, {when}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The case is no longer visible to your unit (it was sent elsewhere). The action cannot be applied; copy your text if you still need it.</source>
        <translation>The case is no longer visible to your unit (it was sent elsewhere). The action cannot be applied; copy your text if you still need it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed the case on the server before your action arrived.</source>
        <translation>Someone changed the case on the server before your action arrived.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the action.</source>
        <translation>The server refused the action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: {message}</source>
        <translation>Server: {message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case is not in the local queue any more.</source>
        <translation>The case is not in the local queue any more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You saw version {seen}; the server now has version {now}.</source>
        <translation>You saw version {seen}; the server now has version {now}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {status}, at {unit}, handled by {assignee}.</source>
        <translation>Now: {status}, at {unit}, handled by {assignee}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: you saw “{seen}”, now “{now}”.</source>
        <translation>{field}: you saw “{seen}”, now “{now}”.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs your attention.</source>
        <translation>Nothing needs your attention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did</source>
        <translation>What you did</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed on the server</source>
        <translation>What changed on the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-apply</source>
        <translation>&amp;Re-apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the same action again, on the latest version</source>
        <translation>Send the same action again, on the latest version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this action? What you typed will be lost.</source>
        <translation>Discard this action? What you typed will be lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dashboard.py" line="+485"/>
        <source>Deadline dashboard</source>
        <extracomment>Bars shown per chart; the rest are summed up in the tiles (the most overdue come first). Cases received and cases resolved (two lines). The median handling time of the cases resolved that day, in days. The share of the day&apos;s resolved cases with a deadline that met it, in percent. The share of the day&apos;s citizens&apos; ratings that were not &quot;unsatisfied&quot;, in percent. Per measure, what a click on the first and on the second line opens: the cases reported, resolved or rated that day (a `QueueFilter` span field). Per line, the value of each day (None: nothing to measure that day). A tile or bar was clicked: show those cases (a `QueueRequest`). The trend period chosen (30 or 90 days) or Refresh: load the dashboard again.</extracomment>
        <translation>Deadline dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by person</source>
        <translation>Open cases by person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by category</source>
        <translation>Open cases by category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a number, a bar or a day of the chart to list those cases.</source>
        <translation>Click a number, a bar or a day of the chart to list those cases.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received and resolved</source>
        <translation>Received and resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+141"/>
        <source>Median handling time (days)</source>
        <translation>Median handling time (days)</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+141"/>
        <source>Resolved on time (%)</source>
        <translation>Resolved on time (%)</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+141"/>
        <source>Citizen satisfaction (%)</source>
        <translation>Citizen satisfaction (%)</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>What the chart shows per day; click a day to list its cases</source>
        <translation>What the chart shows per day; click a day to list its cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <location line="+109"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+27"/>
        <location line="+109"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Later this week</source>
        <translation>Later this week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{unit}: open cases and deadlines as of {when}.</source>
        <translation>{unit}: open cases and deadlines as of {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every unit: open cases and deadlines as of {when}.</source>
        <translation>Every unit: open cases and deadlines as of {when}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+109"/>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Checking these figures against the central API…</source>
        <translation>Checking these figures against the central API…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked against the central API (offline).</source>
        <translation>Not checked against the central API (offline).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central API counts the same figures.</source>
        <translation>The central API counts the same figures.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{figure}: {desk} here, {server} there</source>
        <translation>{figure}: {desk} here, {server} there</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central API counts differently: {figures}.</source>
        <translation>The central API counts differently: {figures}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) made here wait for upload.</source>
        <translation>
            <numerusform>%n change made here waits for upload.</numerusform>
            <numerusform>%n changes made here wait for upload.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sync brings this desk up to date.</source>
        <translation>A sync brings this desk up to date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved on time</source>
        <translation>resolved on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratings</source>
        <translation>ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfied ratings</source>
        <translation>satisfied ratings</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last %n day(s): {received} received, {resolved} resolved.</source>
        <translation>
            <numerusform>Last %n day: {received} received, {resolved} resolved.</numerusform>
            <numerusform>Last %n days: {received} received, {resolved} resolved.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Median handling time: no case resolved yet.</source>
        <translation>Median handling time: no case resolved yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Median handling time: {days} days.</source>
        <translation>Median handling time: {days} days.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved on time: no deadline to meet yet.</source>
        <translation>Resolved on time: no deadline to meet yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved on time: {rate} % ({met} of {due}).</source>
        <translation>Resolved on time: {rate} % ({met} of {due}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citizen satisfaction: not counted yet.</source>
        <translation>Citizen satisfaction: not counted yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizen satisfaction: {rate} %.</source>
        <translation>Citizen satisfaction: {rate} %.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{who}: {what}</source>
        <translation>{who}: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{category}: {what}</source>
        <translation>{category}: {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received on {day}</source>
        <translation>Received on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on {day}</source>
        <translation>Resolved on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated by the citizen on {day}</source>
        <translation>Rated by the citizen on {day}</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+101"/>
        <source>due this week</source>
        <translation>due this week</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+104"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/duplicates.py" line="+122"/>
        <source>Possible duplicates of {id}</source>
        <translation>Possible duplicates of {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports within 50 m and 14 days with similar words. Compare them, then mark this case as a duplicate of the one it repeats.</source>
        <translation>Reports within 50 m and 14 days with similar words. Compare them, then mark this case as a duplicate of the one it repeats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No other report within 50 m and 14 days says something similar.</source>
        <translation>No other report within 50 m and 14 days says something similar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{id}
{metres} m · {days} days · {percent}% alike</source>
        <translation>{id}
{metres} m · {days} days · {percent}% alike</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mark this case as a duplicate of it…</source>
        <translation>&amp;Mark this case as a duplicate of it…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>This case</source>
        <translation>This case</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>The selected report</source>
        <translation>The selected report</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskhandler/ui/main_window.py" line="+123"/>
        <location line="+1"/>
        <source>deskhandler</source>
        <translation>deskhandler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next case</source>
        <translation>&amp;Next case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous case</source>
        <translation>&amp;Previous case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal note…</source>
        <translation>&amp;Internal note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign selected cases…</source>
        <translation>&amp;Assign selected cases…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk actions on selection…</source>
        <translation>&amp;Bulk actions on selection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setti&amp;ngs…</source>
        <translation>Setti&amp;ngs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export view…</source>
        <translation>&amp;Export view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline dashboard…</source>
        <translation>&amp;Deadline dashboard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case &amp;file…</source>
        <translation>Print case &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print unit su&amp;mmary…</source>
        <translation>Print unit su&amp;mmary…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About deskhandler</source>
        <translation>&amp;About deskhandler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/note.py" line="+30"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only your unit sees internal notes; they are never published.</source>
        <translation>Only your unit sees internal notes; they are never published.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the note.</source>
        <translation>Write the note.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is too long ({n} of at most {max} characters).</source>
        <translation>The note is too long ({n} of at most {max} characters).</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../src/deskhandler/ui/case_panel.py" line="-433"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This photo could not be loaded (offline, or not on the server).</source>
        <translation>This photo could not be loaded (offline, or not on the server).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a picture that can be shown.</source>
        <translation>This file is not a picture that can be shown.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/bulk.py" line="-354"/>
        <source>Case</source>
        <extracomment>The forms of the dialog, in the order of its &quot;Change&quot; list.</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not changed: {reason}</source>
        <translation>Not changed: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>public text: {text}</source>
        <translation>public text: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to change</source>
        <translation>nothing to change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the main case stays open</source>
        <translation>the main case stays open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text would publish personal data; answer it on its own</source>
        <translation>the text would publish personal data; answer it on its own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template has placeholders this case cannot fill</source>
        <translation>the template has placeholders this case cannot fill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the local queue</source>
        <translation>not in the local queue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status {before} → {after}</source>
        <translation>status {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>priority {before} → {after}</source>
        <translation>priority {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>handled by {before} → {after}</source>
        <translation>handled by {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deadline {before} → {after}</source>
        <translation>deadline {before} → {after}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate of {case}</source>
        <translation>duplicate of {case}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/deskhandler/ui/printing/controller.py" line="+93"/>
        <source>Open folder</source>
        <extracomment>A short message for the status bar. Fetching the case&apos;s timeline before printing changed the store. The last file written. Opens a folder in the system&apos;s file manager (tests put a recorder here).</extracomment>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a case to print first.</source>
        <translation>Select a case to print first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print case file</source>
        <translation>Print case file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print unit summary</source>
        <translation>Print unit summary</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The case file was not printed</source>
        <translation>The case file was not printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case {id} is not on this PC.</source>
        <translation>The case {id} is not on this PC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case file {id}</source>
        <translation>Case file {id}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unit summary</source>
        <translation>Unit summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit summary · {unit}</source>
        <translation>Unit summary · {unit}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF was not saved</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} could not be written: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/widgets.py" line="+141"/>
        <source>a phone number</source>
        <extracomment>The province&apos;s local time (deadlines are dated in it; DOMAIN.md, decisions.md). ``{name}`` placeholders of reply templates. The longest run without a space a public text may hold. Nobody reads a longer one, and the e-mail pattern of ``domain/privacy.py`` backtracks quadratically on such runs (100 kB of pasted text froze the dialog for minutes), so longer runs block sending and are left out of the scan, which keeps every sendable text fully scanned. How a template addresses the citizen: the reporter&apos;s name is personal data and is never published (DOMAIN.md), so ``{reporter}`` becomes the polite neutral form of address. (start, end) of a finding in the text, to select it in the editor.</extracomment>
        <translation>a phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ID number (CMND/CCCD)</source>
        <translation>an ID number (CMND/CCCD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an e-mail address</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reporter&apos;s name</source>
        <translation>the reporter&apos;s name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have checked: this may be published as it is</source>
        <translation>I have checked: this may be published as it is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the text</source>
        <translation>Show in the text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The public text contains personal data: {found}. Remove it, or confirm that it may be published.</source>
        <translation>The public text contains personal data: {found}. Remove it, or confirm that it may be published.</translation>
    </message>
</context>
<context>
    <name>PublicTextComposer</name>
    <message>
        <location line="+109"/>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply template</source>
        <translation>Reply template</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Public text</source>
        <translation>Public text</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What the citizen will read…</source>
        <translation>What the citizen will read…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the published text</source>
        <translation>Preview of the published text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the citizen will see</source>
        <translation>What the citizen will see</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published as plain text, exactly as below, on the citizen&apos;s report.</source>
        <translation>Published as plain text, exactly as below, on the citizen&apos;s report.</translation>
    </message>
</context>
<context>
    <name>PublicTextDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/public.py" line="+32"/>
        <source>Write the text the citizen will read.</source>
        <translation>Write the text the citizen will read.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text is too long ({n} of at most {max} characters).</source>
        <translation>The text is too long ({n} of at most {max} characters).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Break up the run of {n} characters without a space (at most {max}).</source>
        <translation>Break up the run of {n} characters without a space (at most {max}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fill in or remove the placeholders: {names}.</source>
        <translation>Fill in or remove the placeholders: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text contains personal data: remove it or confirm it above.</source>
        <translation>The text contains personal data: remove it or confirm it above.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../src/deskhandler/ui/queue_model.py" line="+176"/>
        <source>Code</source>
        <extracomment>&quot;overdue&quot;, &quot;due_soon&quot; or None (open cases only). The id list was (re)loaded; the argument is the number of rows. More inserted/removed runs than this and a reset is cheaper for the view.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting to upload</source>
        <translation>waiting to upload</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../src/deskhandler/ui/queue_view.py" line="+338"/>
        <source>Search title, description, address, notes…</source>
        <extracomment>Column widths in pixels at 100% scaling (the title takes what is left). Who sees the &quot;Unhappy citizens&quot; filter: those who decide how a complaint is followed up. The coordinator&apos;s intake: cases at the IOC (new or returned), waiting to be routed. Drafted replies waiting for a leader&apos;s decision (shown to those who decide). Cases the citizen rated &quot;not satisfied&quot;: the leaders&apos; follow-up (issue #5). The filters of one role&apos;s work, each offered to the roles it names, on a row of their own. One person&apos;s cases (a username or `UNASSIGNED`), chosen in the team view. What a dashboard tile, bar or day of the trend counts, shown instead of the quick filter. The case the person is looking at (&quot;&quot; when none). Enter or double-click on a case. The person named the view on screen to keep it (a `SavedView`). The person chose to delete the saved view of this name. The quick filter chosen (its value), e.g. for the &quot;Unhappy citizens&quot; line. &quot;Satisfaction trend…&quot; beside the unhappy citizens: open the dashboard on it.</extracomment>
        <translation>Search title, description, address, notes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My unit</source>
        <translation>My unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to upload</source>
        <translation>Waiting to upload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhappy citizens</source>
        <translation>Unhappy citizens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction trend…</source>
        <translation>Satisfaction trend…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of cases shown</source>
        <translation>Number of cases shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <location line="+16"/>
        <source>{name} ✕</source>
        <translation>{name} ✕</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Show everyone&apos;s cases again</source>
        <translation>Show everyone&apos;s cases again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case queue</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unit satisfaction: no rating yet</source>
        <translation>Unit satisfaction: no rating yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit satisfaction: {last_30} (30 days), {last_90} (90 days)</source>
        <translation>Unit satisfaction: {last_30} (30 days), {last_90} (90 days)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Save this view…</source>
        <translation>Save this view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a view</source>
        <translation>Delete a view</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save this view</source>
        <translation>Save this view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the view (filter, search and order as now):</source>
        <translation>Name of the view (filter, search and order as now):</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reason.py" line="+34"/>
        <source>The reason is too long ({n} of at most {max} characters).</source>
        <translation>The reason is too long ({n} of at most {max} characters).</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reassign.py" line="+72"/>
        <source>Reassign to another unit</source>
        <translation>Reassign to another unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now at:</source>
        <translation>Now at:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the IOC</source>
        <translation>the IOC</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Send to:</source>
        <translation>&amp;Send to:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Route to a unit</source>
        <translation>Route to a unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To unit:</source>
        <translation>&amp;To unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this unit is the competent one</source>
        <translation>Why this unit is the competent one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Reassign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;oute</source>
        <translation>R&amp;oute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the unit to send the case to.</source>
        <translation>Pick the unit to send the case to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the case goes to that unit.</source>
        <translation>Say why the case goes to that unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is too long ({n} of at most {max} characters).</source>
        <translation>The reason is too long ({n} of at most {max} characters).</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reopen.py" line="+24"/>
        <source>Reopen case</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case goes back to “in progress” for your unit.</source>
        <translation>The case goes back to “in progress” for your unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the case is reopened.</source>
        <translation>Say why the case is reopened.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reply.py" line="+42"/>
        <source>Reply to the citizen</source>
        <translation>Reply to the citizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unit approves replies: this one is published once a supervisor approves it.</source>
        <translation>Your unit approves replies: this one is published once a supervisor approves it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply is published at the next sync and the case becomes resolved.</source>
        <translation>The reply is published at the next sync and the case becomes resolved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Send reply</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/return_case.py" line="+62"/>
        <source>Not within our unit&apos;s competence</source>
        <extracomment>Structured reasons: code -&gt; the text the IOC reads.</extracomment>
        <translation>Not within our unit&apos;s competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the area we manage</source>
        <translation>Outside the area we manage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another report</source>
        <translation>Duplicate of another report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough information to handle it</source>
        <translation>Not enough information to handle it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return to the IOC</source>
        <translation>Return to the IOC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case goes back to the IOC for re-routing and leaves your queue.</source>
        <translation>The case goes back to the IOC for re-routing and leaves your queue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the IOC should know (required for “Other reason”)</source>
        <translation>What the IOC should know (required for “Other reason”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggest the competent unit</source>
        <translation>&amp;Suggest the competent unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Return to IOC</source>
        <translation>&amp;Return to IOC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Describe the reason in the details.</source>
        <translation>Describe the reason in the details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details are too long (at most {max} characters).</source>
        <translation>The details are too long (at most {max} characters).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the unit you suggest, or untick the suggestion.</source>
        <translation>Pick the unit you suggest, or untick the suggestion.</translation>
    </message>
</context>
<context>
    <name>RoutePicker</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/route_picker.py" line="+221"/>
        <source>Type a unit&apos;s name or code (accents optional)…</source>
        <extracomment>The widget a label points at (like `UnitPicker.search`).</extracomment>
        <translation>Type a unit&apos;s name or code (accents optional)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit to route to</source>
        <translation>Unit to route to</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/send_back.py" line="+41"/>
        <source>Send the reply back</source>
        <translation>Send the reply back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case goes back to “in progress” for the clerk. The draft is not published; your reason is an internal comment that only your unit reads.</source>
        <translation>The case goes back to “in progress” for the clerk. The draft is not published; your reason is an internal comment that only your unit reads.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drafted reply:</source>
        <translation>Drafted reply:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted reply</source>
        <translation>Drafted reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for sending back</source>
        <translation>Reason for sending back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send back</source>
        <translation>&amp;Send back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what the clerk should change.</source>
        <translation>Say what the clerk should change.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/settings.py" line="+176"/>
        <source>Settings</source>
        <extracomment>Set by IT for the whole machine: shown, not editable here. Actions waiting for upload (lost when local data is erased). The morning reminder in the tray (a personal choice, kept in the profile).</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as Windows</source>
        <translation>Same as Windows</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set for this computer by IT.</source>
        <translation>Set for this computer by IT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new server or data folder takes effect at the next start.</source>
        <translation>A new server or data folder takes effect at the next start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning &amp;reminder of due and overdue cases</source>
        <translation>Morning &amp;reminder of due and overdue cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as {name}</source>
        <translation>Signed in as {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out and &amp;erase local data…</source>
        <translation>Sign out and &amp;erase local data…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This deletes the cases, drafts and settings stored on this computer. {n} action(s) not uploaded yet will be lost.</source>
        <translation>This deletes the cases, drafts and settings stored on this computer. {n} action(s) not uploaded yet will be lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This deletes the cases, drafts and settings stored on this computer.</source>
        <translation>This deletes the cases, drafts and settings stored on this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand</source>
        <translation>I understand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase and sign out</source>
        <translation>Erase and sign out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must look like https://example.gov.vn</source>
        <translation>The server address must look like https://example.gov.vn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must start with https://</source>
        <translation>The server address must start with https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a data folder.</source>
        <translation>Choose a data folder.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/sign_in.py" line="+39"/>
        <source>Sign in to deskhandler</source>
        <translation>Sign in to deskhandler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+2"/>
        <source>Remember me on this PC</source>
        <translation>Remember me on this PC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../src/deskhandler/ui/sync_status.py" line="+70"/>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions waiting to upload</source>
        <translation>Actions waiting to upload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline: the server cannot be reached. Work is kept and uploads later.</source>
        <translation>Offline: the server cannot be reached. Work is kept and uploads later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please sign in again: the session has ended.</source>
        <translation>Please sign in again: the session has ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has a problem; retrying automatically.</source>
        <translation>The server has a problem; retrying automatically.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent an answer the desk does not understand.</source>
        <translation>The server sent an answer the desk does not understand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request.</source>
        <translation>The server refused the request.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failed.</source>
        <translation>Sync failed.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n action(s) waiting to upload</source>
        <translation>
            <numerusform>%n action waiting to upload</numerusform>
            <numerusform>%n actions waiting to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/team.py" line="+151"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases per person, and how many are overdue or due within two days.</source>
        <translation>Open cases per person, and how many are overdue or due within two days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show their cases</source>
        <translation>&amp;Show their cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/triage.py" line="+102"/>
        <source>Triage</source>
        <extracomment>A deadline is the end of its last working day in the province (docs/decisions.md).</extracomment>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change to</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, e.g. pothole, Lê Lợi</source>
        <translation>Comma-separated, e.g. pothole, Lê Lợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save triage</source>
        <translation>&amp;Save triage</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>At most {max} tags.</source>
        <translation>At most {max} tags.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag has at most {max} characters.</source>
        <translation>A tag has at most {max} characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline cannot be in the past.</source>
        <translation>The deadline cannot be in the past.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed yet.</source>
        <translation>Nothing changed yet.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message numerus="yes">
        <location filename="../../src/deskhandler/ui/bulk_flow.py" line="-130"/>
        <source>%n bulk action(s) queued.</source>
        <translation>
            <numerusform>%n bulk action queued.</numerusform>
            <numerusform>%n bulk actions queued.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take them back while they are not uploaded yet</source>
        <translation>Take them back while they are not uploaded yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>UnitChoices</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/route_picker.py" line="-123"/>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>{open} open, {overdue} overdue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overloaded</source>
        <translation>overloaded</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/widgets.py" line="+108"/>
        <source>Search units (accents optional)…</source>
        <translation>Search units (accents optional)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search units</source>
        <translation>Search units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
</context>
<context>
    <name>UnitSummaryLayout</name>
    <message>
        <location filename="../../src/deskhandler/ui/printing/unit_summary.py" line="+60"/>
        <source>Not assigned</source>
        <extracomment>Font sizes tried, largest first, until the summary fits its page. More people than this and the workload table runs in two column groups. Longest name printed in the workload table. The unit&apos;s handling staff (username: name): listed even with no open case.</extracomment>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unit summary</source>
        <translation>Unit summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At {at}, printed by {who}</source>
        <translation>At {at}, printed by {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open cases by status</source>
        <translation>Open cases by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biggest categories of open cases</source>
        <translation>Biggest categories of open cases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No open cases.</source>
        <translation>No open cases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload per person</source>
        <translation>Workload per person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted on this PC&apos;s data, uploads not yet made included.</source>
        <translation>Counted on this PC&apos;s data, uploads not yet made included.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and {n} more people with {open} open cases.</source>
        <translation>… and {n} more people with {open} open cases.</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <location filename="../../src/deskhandler/ui/exporter.py" line="+66"/>
        <location line="+19"/>
        <source>Export the view</source>
        <translation>Export the view</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The view was not exported</source>
        <translation>The view was not exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} could not be written: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} cases exported to {name}.</source>
        <translation>{n} cases exported to {name}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/deskhandler/ui/workspace.py" line="+272"/>
        <source>The setting could not be saved: {error}</source>
        <extracomment>Who opens the team view: unit leaders, and the IOC (every unit). The session ended (a sync said so): the person has to sign in again. The person chose &quot;Sign out&quot; in the menu. The person opened the settings.</extracomment>
        <translation>The setting could not be saved: {error}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>View saved.</source>
        <translation>View saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The views could not be saved: {error}</source>
        <translation>The views could not be saved: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the view a name.</source>
        <translation>Give the view a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many saved views: delete one first.</source>
        <translation>Too many saved views: delete one first.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/deskhandler/ui/app.py" line="+76"/>
        <source>deskhandler: something went wrong</source>
        <translation>deskhandler: something went wrong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside deskhandler. Your work is saved.
Please send this file to IT: %1</source>
        <translation>Something went wrong inside deskhandler. Your work is saved.
Please send this file to IT: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The local data cannot be opened</source>
        <translation>The local data cannot be opened</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The server cannot be reached. Check the address and network.</source>
        <translation>The server cannot be reached. Check the address and network.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign in to upload your work and get new cases. Your local data stays open.</source>
        <translation>Sign in to upload your work and get new cases. Your local data stays open.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/labels.py" line="+10"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to IOC</source>
        <translation>Return to IOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+43"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="-2"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to citizen</source>
        <translation>Reply to citizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="-23"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting acceptance</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+2"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+1"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+1"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+1"/>
        <location line="+25"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="-24"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/deskhandler/ui/labels.py" line="-5"/>
        <source>Waiting to accept</source>
        <translation>Waiting to accept</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Public reply</source>
        <translation>Public reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the IOC</source>
        <translation>Returned to the IOC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply approved</source>
        <translation>Reply approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply sent back</source>
        <translation>Reply sent back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s rating</source>
        <translation>Citizen&apos;s rating</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Neither satisfied nor dissatisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../src/deskhandler/ui/printing/controller.py" line="-172"/>
        <source>Page {n} of {m}</source>
        <extracomment>How long the &quot;Open folder&quot; button stays after a printout, in milliseconds. Roles whose summary covers every unit (they work for the whole province).</extracomment>
        <translation>Page {n} of {m}</translation>
    </message>
</context>
<context>
    <name>ratings</name>
    <message>
        <location filename="../../src/deskhandler/ui/ratings.py" line="+28"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
