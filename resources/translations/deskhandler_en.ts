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
        <location filename="../../src/deskhandler/ui/notifications.py" line="+50"/>
        <source>deskhandler</source>
        <extracomment>Cases that wait for the unit to accept them, and open cases assigned to me. (title, message) of each announcement, as shown.</extracomment>
        <translation>deskhandler</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n new case(s) for you</source>
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
    <name>BulkAssignDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/bulk_assign.py" line="+57"/>
        <source>Assign the selected cases</source>
        <translation>Assign the selected cases</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n selected case(s) go to the person you choose.</source>
        <translation>
            <numerusform>%n selected case goes to the person you choose.</numerusform>
            <numerusform>%n selected cases go to the person you choose.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Handled by:</source>
        <translation>&amp;Handled by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../src/deskhandler/ui/case_actions.py" line="+82"/>
        <source>This action is not available here.</source>
        <extracomment>A write changed these things (a `ChangeSet`). A short message for the status bar. The dialog on screen, if any (tests drive it).</extracomment>
        <translation>This action is not available here.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The action was not queued</source>
        <translation>The action was not queued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved; waiting to upload.</source>
        <translation>Saved; waiting to upload.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n case(s) assigned; waiting to upload.</source>
        <translation>
            <numerusform>%n case assigned; waiting to upload.</numerusform>
            <numerusform>%n cases assigned; waiting to upload.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some cases were not assigned</source>
        <translation>Some cases were not assigned</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s) could not be assigned:</source>
        <translation>
            <numerusform>%n case could not be assigned:</numerusform>
            <numerusform>%n cases could not be assigned:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The action could not be queued again</source>
        <translation>The action could not be queued again</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../src/deskhandler/ui/case_panel.py" line="+355"/>
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
        <location line="+10"/>
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
        <location filename="../../src/deskhandler/ui/main_window.py" line="+115"/>
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
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
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
        <location filename="../../src/deskhandler/ui/case_panel.py" line="-427"/>
        <source>Photos</source>
        <extracomment>Actions offered as buttons, in the order a clerk meets them. The case&apos;s fields, in the order shown. Action buttons per row: three rows of two fit the panel at 1366x768 in Vietnamese, whose labels run longer than the English ones. Item data role of timeline items: True while the entry waits for upload.</extracomment>
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
        <location filename="../../src/deskhandler/ui/queue_view.py" line="+279"/>
        <source>Search title, description, address, notes…</source>
        <extracomment>Column widths in pixels at 100% scaling (the title takes what is left). One person&apos;s cases (a username or `UNASSIGNED`), chosen in the team view. The case the person is looking at (&quot;&quot; when none). Enter or double-click on a case. The person named the view on screen to keep it (a `SavedView`). The person chose to delete the saved view of this name.</extracomment>
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
        <location line="+5"/>
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
        <location line="+44"/>
        <source>{name} ✕</source>
        <translation>{name} ✕</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Show everyone&apos;s cases again</source>
        <translation>Show everyone&apos;s cases again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case queue</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <location line="+80"/>
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
    <name>ReassignDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reassign.py" line="+37"/>
        <source>Reassign to another unit</source>
        <translation>Reassign to another unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now at:</source>
        <translation>Now at:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the IOC</source>
        <translation>the IOC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send to:</source>
        <translation>&amp;Send to:</translation>
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
        <location filename="../../src/deskhandler/ui/dialogs/reopen.py" line="+29"/>
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
        <location line="+5"/>
        <source>Say why the case is reopened.</source>
        <translation>Say why the case is reopened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is too long ({n} of at most {max} characters).</source>
        <translation>The reason is too long ({n} of at most {max} characters).</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/settings.py" line="+169"/>
        <source>Settings</source>
        <extracomment>Set by IT for the whole machine: shown, not editable here. Actions waiting for upload (lost when local data is erased).</extracomment>
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
        <location filename="../../src/deskhandler/ui/team.py" line="+112"/>
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
        <location filename="../../src/deskhandler/ui/workspace.py" line="+255"/>
        <source>View saved.</source>
        <extracomment>Who opens the team view: unit leaders, and the IOC (every unit). The session ended (a sync said so): the person has to sign in again. The person chose &quot;Sign out&quot; in the menu. The person opened the settings.</extracomment>
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
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s rating</source>
        <translation>Citizen&apos;s rating</translation>
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
</TS>
