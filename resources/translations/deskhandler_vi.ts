<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/about.py" line="+18"/>
        <source>About deskhandler</source>
        <translation>Giới thiệu deskhandler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deskhandler %1</source>
        <translation>deskhandler %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The desk of a unit that handles citizens&apos; scene reports: the queue, the case, the actions, offline and back.</source>
        <translation>Bàn làm việc của đơn vị xử lý phản ánh hiện trường của người dân: danh sách, phản ánh, các thao tác, cả khi mất mạng lẫn khi có mạng trở lại.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Licence: Apache-2.0</source>
        <translation>Giấy phép: Apache-2.0</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/accept.py" line="+34"/>
        <source>Accept case</source>
        <translation>Tiếp nhận phản ánh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this case for your unit? You become its handler and the deadline keeps running.</source>
        <translation>Tiếp nhận phản ánh này cho đơn vị? Bạn sẽ là người xử lý và thời hạn tiếp tục được tính.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Accept</source>
        <translation>&amp;Tiếp nhận</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/base.py" line="+145"/>
        <source>OK</source>
        <extracomment>How long typing may pause before the draft is written (a crash loses at most this much). Whether what is typed is kept as a draft (dialogs without typing do not need one).</extracomment>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos of the &amp;work done:</source>
        <translation>Ảnh &amp;kết quả xử lý:</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/approve.py" line="+28"/>
        <source>Approve reply</source>
        <translation>Duyệt câu trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drafted reply is published as below once approved; you may edit it.</source>
        <translation>Sau khi được duyệt, câu trả lời sẽ được công bố đúng như dưới đây; bạn có thể chỉnh sửa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;pprove and publish</source>
        <translation>&amp;Duyệt và công bố</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/assign.py" line="+45"/>
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handled by:</source>
        <translation>&amp;Người xử lý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>Chưa phân công</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign</source>
        <translation>&amp;Phân công</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose someone else than the current handler.</source>
        <translation>Hãy chọn người khác với người đang xử lý.</translation>
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
            <numerusform>Bạn có %n phản ánh mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 và %n phản ánh khác</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Due today: {due}, newly overdue: {overdue}</source>
        <translation>Đến hạn hôm nay: {due}, mới quá hạn: {overdue}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reply(ies) wait for your approval</source>
        <translation>
            <numerusform>%n câu trả lời đang chờ bạn duyệt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s reminder</source>
        <translation>Nhắc việc hôm nay</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/files.py" line="+61"/>
        <source>Add &amp;files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Bỏ tệ&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos (JPEG, PNG, WebP) or PDF files, at most {n}</source>
        <translation>Ảnh (JPEG, PNG, WebP) hoặc tệp PDF, tối đa {n} tệp</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attach photos of the work done</source>
        <translation>Đính kèm ảnh kết quả xử lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos and PDF files ({patterns})</source>
        <translation>Ảnh và tệp PDF ({patterns})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach at most {max} files ({n} now).</source>
        <translation>Chỉ đính kèm tối đa {max} tệp (hiện có {n}).</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/bulk.py" line="+324"/>
        <source>Bulk actions on the selected cases</source>
        <extracomment>(generation, `BulkAction`): compute the preview and hand it to `show_preview`.</extracomment>
        <translation>Thao tác hàng loạt trên các phản ánh đã chọn</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n selected case(s). Choose one change; the list shows what it does to each case before anything is queued.</source>
        <translation>
            <numerusform>Đã chọn %n phản ánh. Chọn một thay đổi; danh sách cho thấy tác động lên từng phản ánh trước khi đưa vào hàng chờ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange:</source>
        <translation>T&amp;hay đổi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to a person</source>
        <translation>Giao cho một người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the priority</source>
        <translation>Đổi mức độ ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the deadline</source>
        <translation>Đặt hạn xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply with a template</source>
        <translation>Trả lời theo mẫu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close as duplicates of a main case</source>
        <translation>Đóng là trùng với một phản ánh chính</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handled by:</source>
        <translation>Người xử lý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Mức độ ưu tiên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline (end of day):</source>
        <translation>Hạn xử lý (cuối ngày):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main case:</source>
        <translation>Phản ánh chính:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody (unassigned)</source>
        <translation>Không ai (chưa giao)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each case gets the template filled from its own data. A case whose text would publish personal data is left out: answer it on its own.</source>
        <translation>Mỗi phản ánh nhận mẫu được điền từ dữ liệu của chính nó. Phản ánh nào mà nội dung sẽ công bố dữ liệu cá nhân thì được bỏ ra: hãy trả lời riêng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The main case stays open; the others are closed as its duplicates with a public message pointing the citizen to it. Both timelines are kept.</source>
        <translation>Phản ánh chính vẫn mở; các phản ánh khác được đóng là trùng với nó, kèm lời nhắn công khai chỉ người dân đến phản ánh chính. Diễn biến của cả hai được giữ lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview per case</source>
        <translation>Xem trước từng phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s) will change; </source>
        <translation>
            <numerusform>%n phản ánh sẽ thay đổi; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n will not (in red, with the reason).</source>
        <translation>
            <numerusform>%n phản ánh không thay đổi (tô đỏ, kèm lý do).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Apply to %n case(s)</source>
        <translation>
            <numerusform>Áp dụng cho %n phản ánh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkFlow</name>
    <message>
        <location filename="../../src/deskhandler/ui/bulk_flow.py" line="+147"/>
        <source>No preview</source>
        <extracomment>A write changed these things (a `ChangeSet`). A short message for the status bar. The dialog on screen, if any (tests drive it). Action ids of the last bulk apply, offered for undo.</extracomment>
        <translation>Không có bản xem trước</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was queued</source>
        <translation>Chưa có gì được đưa vào hàng chờ</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s) changed; waiting to upload.</source>
        <translation>
            <numerusform>Đã thay đổi %n phản ánh; đang chờ gửi lên.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some cases changed since the preview</source>
        <translation>Một số phản ánh đã thay đổi từ lúc xem trước</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s) were not changed:</source>
        <translation>
            <numerusform>%n phản ánh không được thay đổi:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n action(s) undone.</source>
        <translation>
            <numerusform>Đã hoàn tác %n thao tác.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not everything was undone</source>
        <translation>Chưa hoàn tác được tất cả</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s) were already uploading or uploaded and were not undone; change those cases again if needed.</source>
        <translation>
            <numerusform>%n thao tác đang hoặc đã được gửi lên nên không hoàn tác được; hãy sửa lại các phản ánh đó nếu cần.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../src/deskhandler/ui/case_actions.py" line="+83"/>
        <source>This action is not available here.</source>
        <extracomment>A write changed these things (a `ChangeSet`). A short message for the status bar. The dialog on screen, if any (tests drive it).</extracomment>
        <translation>Không thể thực hiện thao tác này ở đây.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The action was not queued</source>
        <translation>Thao tác chưa được đưa vào hàng chờ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved; waiting to upload.</source>
        <translation>Đã lưu; đang chờ gửi lên.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The action could not be queued again</source>
        <translation>Không thể đưa thao tác vào hàng chờ lần nữa</translation>
    </message>
</context>
<context>
    <name>CaseFileLayout</name>
    <message>
        <location filename="../../src/deskhandler/ui/printing/case_file.py" line="+75"/>
        <source>Printed {at} by {who}</source>
        <extracomment>Photos per row of the photo table, and the width of each in millimetres.</extracomment>
        <translation>In lúc {at}, người in: {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case file {id}</source>
        <translation>Hồ sơ phản ánh {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No description.</source>
        <translation>Không có nội dung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public answer</source>
        <translation>Trả lời công khai</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No deadline</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{due} — overdue</source>
        <translation>{due} — quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{due} — due soon</source>
        <translation>{due} — sắp đến hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate</source>
        <translation>Xử lý ngay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timed</source>
        <translation>Theo thời hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At the IOC</source>
        <translation>Tại Trung tâm IOC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody yet</source>
        <translation>Chưa có ai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Thời gian phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinates</source>
        <translation>Tọa độ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of</source>
        <translation>Trùng với</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not uploaded</source>
        <translation>Chưa gửi lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} action(s) of this PC wait for upload</source>
        <translation>{n} thao tác trên máy này đang chờ gửi lên</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this PC&apos;s own actions: the timeline was never downloaded.</source>
        <translation>Chỉ có các thao tác của máy này: diễn biến chưa từng được tải về.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing yet.</source>
        <translation>Chưa có gì.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>INTERNAL</source>
        <translation>NỘI BỘ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public</source>
        <translation>công khai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to upload</source>
        <translation>chờ gửi lên</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Files: {names}</source>
        <translation>Tệp: {names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To: {unit}</source>
        <translation>Đến: {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignee: {name}</source>
        <translation>Người xử lý: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority: {p}</source>
        <translation>Ưu tiên: {p}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category: {c}</source>
        <translation>Lĩnh vực: {c}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline: {due}</source>
        <translation>Hạn xử lý: {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags: {tags}</source>
        <translation>Nhãn: {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution: {code}</source>
        <translation>Kết quả xử lý: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating: {rating}</source>
        <translation>Đánh giá: {rating}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} — not downloaded</source>
        <translation>{name} — chưa tải về</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — not a picture that can be printed</source>
        <translation>{name} — không phải ảnh in được</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../src/deskhandler/ui/case_panel.py" line="+119"/>
        <source>done %1, uploaded later</source>
        <extracomment>Actions offered as buttons, in the order a clerk meets them. The case&apos;s fields, in the order shown. Action buttons per row: three rows of two fit the panel at 1366x768 in Vietnamese, whose labels run longer than the English ones. An action uploaded this long after it was taken shows when it was taken as well. Item data role of timeline items: True while the entry waits for upload.</extracomment>
        <translation>thực hiện lúc %1, gửi lên sau</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Case details</source>
        <translation>Chi tiết phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a case in the queue.</source>
        <translation>Hãy chọn một phản ánh trong danh sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case title</source>
        <translation>Tiêu đề phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code, status and priority</source>
        <translation>Mã, trạng thái và mức độ ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions that need attention</source>
        <translation>Thao tác cần xem lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage…</source>
        <translation>Phân loại…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note… (Ctrl+N)</source>
        <translation>Ghi chú… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply… (Ctrl+R)</source>
        <translation>Trả lời… (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign…</source>
        <translation>Phân công…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back…</source>
        <translation>Trả lại để sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign…</source>
        <translation>Chuyển đơn vị…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to IOC…</source>
        <translation>Trả lại IOC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close…</source>
        <translation>Đóng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Thời gian phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s rating</source>
        <translation>Đánh giá của công dân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates</source>
        <translation>Tọa độ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy location</source>
        <translation>Sao chép vị trí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open map…</source>
        <translation>Mở bản đồ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates…</source>
        <translation>Phản ánh trùng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n action(s) on this case need attention: open the list…</source>
        <translation>
            <numerusform>%n thao tác trên phản ánh này cần xem lại: mở danh sách…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — overdue</source>
        <translation>%1 — quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — due soon</source>
        <translation>%1 — sắp đến hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadline</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody yet</source>
        <translation>Chưa có ai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shared with the unit</source>
        <translation>Không chia sẻ với đơn vị</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>waiting to upload</source>
        <translation>chờ gửi lên</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open map</source>
        <translation>Mở bản đồ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this location in the web browser?
%1</source>
        <translation>Mở vị trí này trong trình duyệt web?
%1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/close.py" line="+48"/>
        <source>Close case</source>
        <translation>Đóng phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a resolution…</source>
        <translation>Chọn kết quả xử lý…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Kết quả xử lý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate of case:</source>
        <translation>&amp;Trùng với phản ánh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of the case it duplicates (optional)</source>
        <translation>Mã phản ánh bị trùng (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close case</source>
        <translation>Đó&amp;ng phản ánh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how the case was resolved.</source>
        <translation>Hãy chọn kết quả xử lý.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case cannot duplicate itself.</source>
        <translation>Phản ánh không thể trùng với chính nó.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/conflicts.py" line="+203"/>
        <source>{action} on case {case}, {when}</source>
        <translation>{action} cho phản ánh {case}, lúc {when}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The case is no longer visible to your unit (it was sent elsewhere). The action cannot be applied; copy your text if you still need it.</source>
        <translation>Đơn vị của bạn không còn thấy phản ánh này (đã được chuyển đi nơi khác). Không thể thực hiện thao tác; hãy sao chép nội dung nếu bạn còn cần.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone changed the case on the server before your action arrived.</source>
        <translation>Có người đã thay đổi phản ánh trên máy chủ trước khi thao tác của bạn được gửi tới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the action.</source>
        <translation>Máy chủ đã từ chối thao tác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: {message}</source>
        <translation>Máy chủ: {message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case is not in the local queue any more.</source>
        <translation>Phản ánh không còn trong danh sách trên máy này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You saw version {seen}; the server now has version {now}.</source>
        <translation>Bạn đã xem phiên bản {seen}; máy chủ hiện có phiên bản {now}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {status}, at {unit}, handled by {assignee}.</source>
        <translation>Hiện tại: {status}, tại {unit}, người xử lý: {assignee}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: you saw “{seen}”, now “{now}”.</source>
        <translation>{field}: bạn đã thấy “{seen}”, nay là “{now}”.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs your attention.</source>
        <translation>Không có gì cần bạn xử lý.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did</source>
        <translation>Bạn đã làm gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed on the server</source>
        <translation>Những gì đã thay đổi trên máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-apply</source>
        <translation>Á&amp;p dụng lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the same action again, on the latest version</source>
        <translation>Gửi lại đúng thao tác này trên phiên bản mới nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy text</source>
        <translation>Sao &amp;chép nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Bỏ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this action? What you typed will be lost.</source>
        <translation>Bỏ thao tác này? Nội dung bạn đã nhập sẽ bị mất.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dashboard.py" line="+485"/>
        <source>Deadline dashboard</source>
        <extracomment>Bars shown per chart; the rest are summed up in the tiles (the most overdue come first). Cases received and cases resolved (two lines). The median handling time of the cases resolved that day, in days. The share of the day&apos;s resolved cases with a deadline that met it, in percent. The share of the day&apos;s citizens&apos; ratings that were not &quot;unsatisfied&quot;, in percent. Per measure, what a click on the first and on the second line opens: the cases reported, resolved or rated that day (a `QueueFilter` span field). Per line, the value of each day (None: nothing to measure that day). A tile or bar was clicked: show those cases (a `QueueRequest`). The trend period chosen (30 or 90 days) or Refresh: load the dashboard again.</extracomment>
        <translation>Bảng theo dõi hạn xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by person</source>
        <translation>Phản ánh đang mở theo người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by category</source>
        <translation>Phản ánh đang mở theo lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a number, a bar or a day of the chart to list those cases.</source>
        <translation>Bấm vào một con số, một thanh hay một ngày trên biểu đồ để xem các phản ánh đó.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received and resolved</source>
        <translation>Tiếp nhận và đã xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+141"/>
        <source>Median handling time (days)</source>
        <translation>Thời gian xử lý trung vị (ngày)</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+141"/>
        <source>Resolved on time (%)</source>
        <translation>Xử lý đúng hạn (%)</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+141"/>
        <source>Citizen satisfaction (%)</source>
        <translation>Mức hài lòng của công dân (%)</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>What the chart shows per day; click a day to list its cases</source>
        <translation>Biểu đồ cho thấy gì theo từng ngày; bấm vào một ngày để xem các phản ánh của ngày đó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <location line="+109"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+27"/>
        <location line="+109"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Later this week</source>
        <translation>Còn lại trong tuần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{unit}: open cases and deadlines as of {when}.</source>
        <translation>{unit}: phản ánh đang mở và hạn xử lý lúc {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every unit: open cases and deadlines as of {when}.</source>
        <translation>Mọi đơn vị: phản ánh đang mở và hạn xử lý lúc {when}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+109"/>
        <source>Due this week</source>
        <translation>Đến hạn trong tuần</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Checking these figures against the central API…</source>
        <translation>Đang đối chiếu các số liệu này với máy chủ trung tâm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked against the central API (offline).</source>
        <translation>Chưa đối chiếu với máy chủ trung tâm (đang mất mạng).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The central API counts the same figures.</source>
        <translation>Máy chủ trung tâm đếm được đúng các số liệu này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{figure}: {desk} here, {server} there</source>
        <translation>{figure}: ở đây {desk}, trên máy chủ {server}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The central API counts differently: {figures}.</source>
        <translation>Máy chủ trung tâm đếm khác: {figures}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) made here wait for upload.</source>
        <translation>
            <numerusform>%n thay đổi làm ở đây đang chờ gửi lên.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sync brings this desk up to date.</source>
        <translation>Đồng bộ sẽ cập nhật máy này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>đã xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved on time</source>
        <translation>xử lý đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratings</source>
        <translation>lượt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfied ratings</source>
        <translation>lượt hài lòng</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last %n day(s): {received} received, {resolved} resolved.</source>
        <translation>
            <numerusform>%n ngày qua: tiếp nhận {received}, đã xử lý {resolved}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Median handling time: no case resolved yet.</source>
        <translation>Thời gian xử lý trung vị: chưa có phản ánh nào được xử lý.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Median handling time: {days} days.</source>
        <translation>Thời gian xử lý trung vị: {days} ngày.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved on time: no deadline to meet yet.</source>
        <translation>Xử lý đúng hạn: chưa có hạn nào để tính.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved on time: {rate} % ({met} of {due}).</source>
        <translation>Xử lý đúng hạn: {rate} % ({met} trên {due}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Citizen satisfaction: not counted yet.</source>
        <translation>Mức hài lòng của công dân: chưa có số liệu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizen satisfaction: {rate} %.</source>
        <translation>Mức hài lòng của công dân: {rate} %.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Đã xử lý</translation>
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
        <translation>Tiếp nhận ngày {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on {day}</source>
        <translation>Đã xử lý ngày {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated by the citizen on {day}</source>
        <translation>Công dân đánh giá ngày {day}</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+101"/>
        <source>due this week</source>
        <translation>đến hạn trong tuần</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+104"/>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/duplicates.py" line="+122"/>
        <source>Possible duplicates of {id}</source>
        <translation>Phản ánh có thể trùng với {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports within 50 m and 14 days with similar words. Compare them, then mark this case as a duplicate of the one it repeats.</source>
        <translation>Các phản ánh trong bán kính 50 m và 14 ngày có nội dung tương tự. Hãy so sánh, rồi đánh dấu phản ánh này là trùng với phản ánh mà nó lặp lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No other report within 50 m and 14 days says something similar.</source>
        <translation>Không có phản ánh nào khác trong bán kính 50 m và 14 ngày có nội dung tương tự.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{id}
{metres} m · {days} days · {percent}% alike</source>
        <translation>{id}
{metres} m · {days} ngày · giống {percent}%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mark this case as a duplicate of it…</source>
        <translation>Đánh &amp;dấu phản ánh này là trùng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>This case</source>
        <translation>Phản ánh này</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>The selected report</source>
        <translation>Phản ánh đã chọn</translation>
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
        <translation>Đã đăng nhập:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next case</source>
        <translation>Phản ánh &amp;tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous case</source>
        <translation>Phản ánh trướ&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply…</source>
        <translation>T&amp;rả lời…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal note…</source>
        <translation>&amp;Ghi chú nội bộ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Xung đột…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign selected cases…</source>
        <translation>G&amp;iao các phản ánh đã chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk actions on selection…</source>
        <translation>Thao tác &amp;hàng loạt trên mục đã chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setti&amp;ngs…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export view…</source>
        <translation>Xuất &amp;danh sách…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team…</source>
        <translation>&amp;Tổ công tác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline dashboard…</source>
        <translation>Bảng th&amp;eo dõi hạn xử lý…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case &amp;file…</source>
        <translation>In hồ &amp;sơ phản ánh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print unit su&amp;mmary…</source>
        <translation>In báo cáo đơ&amp;n vị…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About deskhandler</source>
        <translation>&amp;Giới thiệu deskhandler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Desk</source>
        <translation>&amp;Bàn làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/note.py" line="+30"/>
        <source>Internal note</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only your unit sees internal notes; they are never published.</source>
        <translation>Chỉ đơn vị của bạn thấy ghi chú nội bộ; ghi chú không bao giờ được công bố.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note</source>
        <translation>Thêm &amp;ghi chú</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the note.</source>
        <translation>Hãy nhập nội dung ghi chú.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is too long ({n} of at most {max} characters).</source>
        <translation>Ghi chú quá dài ({n} trên tối đa {max} ký tự).</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../src/deskhandler/ui/case_panel.py" line="-433"/>
        <source>Photos</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This photo could not be loaded (offline, or not on the server).</source>
        <translation>Không tải được ảnh này (đang ngoại tuyến, hoặc ảnh không có trên máy chủ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a picture that can be shown.</source>
        <translation>Tệp này không phải là ảnh có thể hiển thị.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/bulk.py" line="-354"/>
        <source>Case</source>
        <extracomment>The forms of the dialog, in the order of its &quot;Change&quot; list.</extracomment>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not changed: {reason}</source>
        <translation>Không thay đổi: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>public text: {text}</source>
        <translation>nội dung công khai: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing to change</source>
        <translation>không có gì để thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the main case stays open</source>
        <translation>phản ánh chính vẫn mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text would publish personal data; answer it on its own</source>
        <translation>nội dung sẽ công bố dữ liệu cá nhân; hãy trả lời riêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the template has placeholders this case cannot fill</source>
        <translation>mẫu có chỗ trống mà phản ánh này không điền được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the local queue</source>
        <translation>không có trong danh sách trên máy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status {before} → {after}</source>
        <translation>trạng thái {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>priority {before} → {after}</source>
        <translation>ưu tiên {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>handled by {before} → {after}</source>
        <translation>người xử lý {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deadline {before} → {after}</source>
        <translation>hạn xử lý {before} → {after}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate of {case}</source>
        <translation>trùng với {case}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/deskhandler/ui/printing/controller.py" line="+93"/>
        <source>Open folder</source>
        <extracomment>A short message for the status bar. Fetching the case&apos;s timeline before printing changed the store. The last file written. Opens a folder in the system&apos;s file manager (tests put a recorder here).</extracomment>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a case to print first.</source>
        <translation>Hãy chọn một phản ánh để in trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print case file</source>
        <translation>In hồ sơ phản ánh</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print unit summary</source>
        <translation>In báo cáo đơn vị</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The case file was not printed</source>
        <translation>Chưa in được hồ sơ phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case {id} is not on this PC.</source>
        <translation>Phản ánh {id} không có trên máy này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case file {id}</source>
        <translation>Hồ sơ phản ánh {id}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unit summary</source>
        <translation>Báo cáo đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit summary · {unit}</source>
        <translation>Báo cáo đơn vị · {unit}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF was not saved</source>
        <translation>Chưa lưu được tệp PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be written: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {name}.</source>
        <translation>Đã lưu {name}.</translation>
    </message>
</context>
<context>
    <name>PrivacyCheck</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/widgets.py" line="+141"/>
        <source>a phone number</source>
        <extracomment>The province&apos;s local time (deadlines are dated in it; DOMAIN.md, decisions.md). ``{name}`` placeholders of reply templates. The longest run without a space a public text may hold. Nobody reads a longer one, and the e-mail pattern of ``domain/privacy.py`` backtracks quadratically on such runs (100 kB of pasted text froze the dialog for minutes), so longer runs block sending and are left out of the scan, which keeps every sendable text fully scanned. How a template addresses the citizen: the reporter&apos;s name is personal data and is never published (DOMAIN.md), so ``{reporter}`` becomes the polite neutral form of address. (start, end) of a finding in the text, to select it in the editor.</extracomment>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ID number (CMND/CCCD)</source>
        <translation>số CMND/CCCD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an e-mail address</source>
        <translation>địa chỉ e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reporter&apos;s name</source>
        <translation>tên người phản ánh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have checked: this may be published as it is</source>
        <translation>Tôi đã kiểm tra: có thể công bố nguyên văn nội dung này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the text</source>
        <translation>Chỉ ra trong nội dung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The public text contains personal data: {found}. Remove it, or confirm that it may be published.</source>
        <translation>Nội dung công khai có thông tin cá nhân: {found}. Hãy xóa đi, hoặc xác nhận rằng có thể công bố.</translation>
    </message>
</context>
<context>
    <name>PublicTextComposer</name>
    <message>
        <location line="+109"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply template</source>
        <translation>Mẫu trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Public text</source>
        <translation>Nội dung công khai</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What the citizen will read…</source>
        <translation>Nội dung công dân sẽ đọc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the published text</source>
        <translation>Xem trước nội dung công bố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the citizen will see</source>
        <translation>Công dân sẽ thấy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published as plain text, exactly as below, on the citizen&apos;s report.</source>
        <translation>Được công bố dạng văn bản thuần, đúng như dưới đây, trên phản ánh của công dân.</translation>
    </message>
</context>
<context>
    <name>PublicTextDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/public.py" line="+32"/>
        <source>Write the text the citizen will read.</source>
        <translation>Hãy nhập nội dung công dân sẽ đọc.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text is too long ({n} of at most {max} characters).</source>
        <translation>Nội dung quá dài ({n} trên tối đa {max} ký tự).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Break up the run of {n} characters without a space (at most {max}).</source>
        <translation>Hãy tách chuỗi {n} ký tự liền nhau không có dấu cách (tối đa {max}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fill in or remove the placeholders: {names}.</source>
        <translation>Hãy điền hoặc xóa các chỗ trống: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text contains personal data: remove it or confirm it above.</source>
        <translation>Nội dung có thông tin cá nhân: hãy xóa đi hoặc xác nhận ở trên.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../src/deskhandler/ui/queue_model.py" line="+176"/>
        <source>Code</source>
        <extracomment>&quot;overdue&quot;, &quot;due_soon&quot; or None (open cases only). The id list was (re)loaded; the argument is the number of rows. More inserted/removed runs than this and a reset is cheaper for the view.</extracomment>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload</source>
        <translation>Gửi lên</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>needs attention</source>
        <translation>cần xem lại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting to upload</source>
        <translation>chờ gửi lên</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../src/deskhandler/ui/queue_view.py" line="+338"/>
        <source>Search title, description, address, notes…</source>
        <extracomment>Column widths in pixels at 100% scaling (the title takes what is left). Who sees the &quot;Unhappy citizens&quot; filter: those who decide how a complaint is followed up. The coordinator&apos;s intake: cases at the IOC (new or returned), waiting to be routed. Drafted replies waiting for a leader&apos;s decision (shown to those who decide). Cases the citizen rated &quot;not satisfied&quot;: the leaders&apos; follow-up (issue #5). The filters of one role&apos;s work, each offered to the roles it names, on a row of their own. One person&apos;s cases (a username or `UNASSIGNED`), chosen in the team view. What a dashboard tile, bar or day of the trend counts, shown instead of the quick filter. The case the person is looking at (&quot;&quot; when none). Enter or double-click on a case. The person named the view on screen to keep it (a `SavedView`). The person chose to delete the saved view of this name. The quick filter chosen (its value), e.g. for the &quot;Unhappy citizens&quot; line. &quot;Satisfaction trend…&quot; beside the unhappy citizens: open the dashboard on it.</extracomment>
        <translation>Tìm theo tiêu đề, nội dung, địa chỉ, ghi chú…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Tìm phản ánh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My unit</source>
        <translation>Đơn vị tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to upload</source>
        <translation>Chờ gửi lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake</source>
        <translation>Chờ điều phối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhappy citizens</source>
        <translation>Chưa hài lòng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction trend…</source>
        <translation>Diễn biến mức hài lòng…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved views</source>
        <translation>Các bộ lọc đã lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of cases shown</source>
        <translation>Số phản ánh đang hiển thị</translation>
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
        <translation>Hiện lại phản ánh của mọi người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case queue</source>
        <translation>Danh sách phản ánh</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unit satisfaction: no rating yet</source>
        <translation>Mức hài lòng của đơn vị: chưa có đánh giá</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit satisfaction: {last_30} (30 days), {last_90} (90 days)</source>
        <translation>Mức hài lòng của đơn vị: {last_30} (30 ngày), {last_90} (90 ngày)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Save this view…</source>
        <translation>Lưu bộ lọc này…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a view</source>
        <translation>Xóa một bộ lọc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save this view</source>
        <translation>Lưu bộ lọc này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the view (filter, search and order as now):</source>
        <translation>Tên bộ lọc (giữ bộ lọc, từ khóa tìm và thứ tự như hiện tại):</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n phản ánh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reason.py" line="+34"/>
        <source>The reason is too long ({n} of at most {max} characters).</source>
        <translation>Lý do quá dài ({n} trên tối đa {max} ký tự).</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reassign.py" line="+72"/>
        <source>Reassign to another unit</source>
        <translation>Chuyển đơn vị khác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now at:</source>
        <translation>Hiện ở:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the IOC</source>
        <translation>Trung tâm IOC</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Send to:</source>
        <translation>&amp;Chuyển đến:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Route to a unit</source>
        <translation>Điều phối đến đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To unit:</source>
        <translation>Đến đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Lý do (không bắt buộc):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this unit is the competent one</source>
        <translation>Vì sao đơn vị này có thẩm quyền</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Chuyển đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;oute</source>
        <translation>Đ&amp;iều phối</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the unit to send the case to.</source>
        <translation>Hãy chọn đơn vị nhận phản ánh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the case goes to that unit.</source>
        <translation>Hãy nêu lý do chuyển cho đơn vị đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is too long ({n} of at most {max} characters).</source>
        <translation>Lý do quá dài ({n} trên tối đa {max} ký tự).</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reopen.py" line="+24"/>
        <source>Reopen case</source>
        <translation>Mở lại phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case goes back to “in progress” for your unit.</source>
        <translation>Phản ánh trở lại trạng thái “Đang xử lý” tại đơn vị của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the case is reopened.</source>
        <translation>Hãy nêu lý do mở lại phản ánh.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/reply.py" line="+42"/>
        <source>Reply to the citizen</source>
        <translation>Trả lời công dân</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unit approves replies: this one is published once a supervisor approves it.</source>
        <translation>Đơn vị của bạn duyệt câu trả lời: câu trả lời này được công bố khi lãnh đạo duyệt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply is published at the next sync and the case becomes resolved.</source>
        <translation>Câu trả lời được công bố ở lần đồng bộ tiếp theo và phản ánh chuyển sang “Đã xử lý”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Gửi trả lời</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/return_case.py" line="+62"/>
        <source>Not within our unit&apos;s competence</source>
        <extracomment>Structured reasons: code -&gt; the text the IOC reads.</extracomment>
        <translation>Không thuộc thẩm quyền của đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the area we manage</source>
        <translation>Không thuộc địa bàn quản lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another report</source>
        <translation>Trùng với phản ánh khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough information to handle it</source>
        <translation>Thiếu thông tin để xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return to the IOC</source>
        <translation>Trả lại IOC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case goes back to the IOC for re-routing and leaves your queue.</source>
        <translation>Phản ánh được trả về IOC để chuyển lại và rời khỏi danh sách của bạn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details:</source>
        <translation>&amp;Chi tiết:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the IOC should know (required for “Other reason”)</source>
        <translation>Những gì IOC cần biết (bắt buộc với “Lý do khác”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggest the competent unit</source>
        <translation>Đề &amp;xuất đơn vị có thẩm quyền</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Return to IOC</source>
        <translation>&amp;Trả lại IOC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Describe the reason in the details.</source>
        <translation>Hãy mô tả lý do trong phần chi tiết.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details are too long (at most {max} characters).</source>
        <translation>Phần chi tiết quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the unit you suggest, or untick the suggestion.</source>
        <translation>Hãy chọn đơn vị đề xuất, hoặc bỏ chọn đề xuất.</translation>
    </message>
</context>
<context>
    <name>RoutePicker</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/route_picker.py" line="+221"/>
        <source>Type a unit&apos;s name or code (accents optional)…</source>
        <extracomment>The widget a label points at (like `UnitPicker.search`).</extracomment>
        <translation>Gõ tên hoặc mã đơn vị (có dấu hay không đều được)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit to route to</source>
        <translation>Đơn vị nhận</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/send_back.py" line="+41"/>
        <source>Send the reply back</source>
        <translation>Trả lại câu trả lời để sửa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case goes back to “in progress” for the clerk. The draft is not published; your reason is an internal comment that only your unit reads.</source>
        <translation>Phản ánh trở lại trạng thái “Đang xử lý” cho chuyên viên. Bản nháp không được công bố; lý do của bạn là nhận xét nội bộ chỉ đơn vị bạn đọc được.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drafted reply:</source>
        <translation>Bản nháp trả lời:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted reply</source>
        <translation>Bản nháp trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for sending back</source>
        <translation>Lý do trả lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send back</source>
        <translation>&amp;Trả lại để sửa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what the clerk should change.</source>
        <translation>Hãy nói rõ chuyên viên cần sửa gì.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/settings.py" line="+176"/>
        <source>Settings</source>
        <extracomment>Set by IT for the whole machine: shown, not editable here. Actions waiting for upload (lost when local data is erased). The morning reminder in the tray (a personal choice, kept in the profile).</extracomment>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as Windows</source>
        <translation>Theo Windows</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set for this computer by IT.</source>
        <translation>Do bộ phận CNTT thiết lập cho máy tính này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new server or data folder takes effect at the next start.</source>
        <translation>Máy chủ hoặc thư mục dữ liệu mới có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Morning &amp;reminder of due and overdue cases</source>
        <translation>&amp;Nhắc việc buổi sáng về phản ánh đến hạn và quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as {name}</source>
        <translation>Đã đăng nhập: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed in</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out and &amp;erase local data…</source>
        <translation>Đăng xuất và &amp;xóa dữ liệu trên máy…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This deletes the cases, drafts and settings stored on this computer. {n} action(s) not uploaded yet will be lost.</source>
        <translation>Thao tác này xóa các phản ánh, bản nháp và cài đặt lưu trên máy tính này. {n} thao tác chưa được gửi lên sẽ bị mất.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This deletes the cases, drafts and settings stored on this computer.</source>
        <translation>Thao tác này xóa các phản ánh, bản nháp và cài đặt lưu trên máy tính này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand</source>
        <translation>Tôi hiểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase and sign out</source>
        <translation>Xóa và đăng xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the server address.</source>
        <translation>Hãy nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must look like https://example.gov.vn</source>
        <translation>Địa chỉ máy chủ phải có dạng https://example.gov.vn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server address must start with https://</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a data folder.</source>
        <translation>Hãy chọn thư mục dữ liệu.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/sign_in.py" line="+39"/>
        <source>Sign in to deskhandler</source>
        <translation>Đăng nhập deskhandler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+2"/>
        <source>Remember me on this PC</source>
        <translation>Ghi nhớ đăng nhập trên máy này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in problem</source>
        <translation>Lỗi đăng nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the server address.</source>
        <translation>Hãy nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../src/deskhandler/ui/sync_status.py" line="+70"/>
        <source>Connection state</source>
        <translation>Trạng thái kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions waiting to upload</source>
        <translation>Thao tác chờ gửi lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now (F5)</source>
        <translation>Đồng bộ ngay (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline: the server cannot be reached. Work is kept and uploads later.</source>
        <translation>Mất kết nối: không liên lạc được với máy chủ. Công việc vẫn được lưu và sẽ gửi lên sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please sign in again: the session has ended.</source>
        <translation>Phiên làm việc đã hết: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has a problem; retrying automatically.</source>
        <translation>Máy chủ đang gặp sự cố; đang tự động thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent an answer the desk does not understand.</source>
        <translation>Máy chủ gửi về câu trả lời mà ứng dụng không hiểu được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request.</source>
        <translation>Máy chủ đã từ chối yêu cầu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failed.</source>
        <translation>Đồng bộ không thành công.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n action(s) waiting to upload</source>
        <translation>
            <numerusform>%n thao tác chờ gửi lên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n cần xem lại</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync %1</source>
        <translation>Đồng bộ lần cuối %1</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/team.py" line="+151"/>
        <source>Team</source>
        <translation>Tổ công tác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases per person, and how many are overdue or due within two days.</source>
        <translation>Số phản ánh đang mở của từng người, trong đó bao nhiêu đã quá hạn hoặc đến hạn trong hai ngày.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody (unassigned)</source>
        <translation>Chưa giao cho ai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show their cases</source>
        <translation>&amp;Xem phản ánh của người này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/triage.py" line="+102"/>
        <source>Triage</source>
        <extracomment>A deadline is the end of its last working day in the province (docs/decisions.md).</extracomment>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Mức độ ưu tiên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Hạn xử lý:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Nhãn:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change to</source>
        <translation>Đổi thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated, e.g. pothole, Lê Lợi</source>
        <translation>Cách nhau bằng dấu phẩy, ví dụ: ổ gà, Lê Lợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deadline</source>
        <translation>Hạn xử lý mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save triage</source>
        <translation>&amp;Lưu phân loại</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>At most {max} tags.</source>
        <translation>Tối đa {max} nhãn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag has at most {max} characters.</source>
        <translation>Mỗi nhãn tối đa {max} ký tự.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline cannot be in the past.</source>
        <translation>Hạn xử lý không thể ở trong quá khứ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed yet.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message numerus="yes">
        <location filename="../../src/deskhandler/ui/bulk_flow.py" line="-130"/>
        <source>%n bulk action(s) queued.</source>
        <translation>
            <numerusform>Đã đưa %n thao tác hàng loạt vào hàng chờ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take them back while they are not uploaded yet</source>
        <translation>Lấy lại khi chúng chưa được gửi lên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>UnitChoices</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/route_picker.py" line="-123"/>
        <source>suggested</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>{open} đang mở, {overdue} quá hạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overloaded</source>
        <translation>quá tải</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/widgets.py" line="+108"/>
        <source>Search units (accents optional)…</source>
        <translation>Tìm đơn vị (gõ có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search units</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitSummaryLayout</name>
    <message>
        <location filename="../../src/deskhandler/ui/printing/unit_summary.py" line="+60"/>
        <source>Not assigned</source>
        <extracomment>Font sizes tried, largest first, until the summary fits its page. More people than this and the workload table runs in two column groups. Longest name printed in the workload table. The unit&apos;s handling staff (username: name): listed even with no open case.</extracomment>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unit summary</source>
        <translation>Báo cáo đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At {at}, printed by {who}</source>
        <translation>Lúc {at}, người in: {who}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open cases</source>
        <translation>Phản ánh đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>Đến hạn trong tuần</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open cases by status</source>
        <translation>Phản ánh đang mở theo trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biggest categories of open cases</source>
        <translation>Các lĩnh vực có nhiều phản ánh đang mở nhất</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No open cases.</source>
        <translation>Không có phản ánh đang mở.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workload per person</source>
        <translation>Khối lượng công việc theo người</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted on this PC&apos;s data, uploads not yet made included.</source>
        <translation>Tính trên dữ liệu của máy này, kể cả các thao tác chưa gửi lên.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Person</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and {n} more people with {open} open cases.</source>
        <translation>… và {n} người khác với {open} phản ánh đang mở.</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <location filename="../../src/deskhandler/ui/exporter.py" line="+66"/>
        <location line="+19"/>
        <source>Export the view</source>
        <translation>Xuất danh sách đang xem</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không tệp nào được ghi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The view was not exported</source>
        <translation>Chưa xuất được danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be written: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} cases exported to {name}.</source>
        <translation>Đã xuất {n} phản ánh vào {name}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/deskhandler/ui/workspace.py" line="+272"/>
        <source>The setting could not be saved: {error}</source>
        <extracomment>Who opens the team view: unit leaders, and the IOC (every unit). The session ended (a sync said so): the person has to sign in again. The person chose &quot;Sign out&quot; in the menu. The person opened the settings.</extracomment>
        <translation>Không lưu được cài đặt: {error}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>View saved.</source>
        <translation>Đã lưu bộ lọc.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The views could not be saved: {error}</source>
        <translation>Không lưu được các bộ lọc: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the view a name.</source>
        <translation>Hãy đặt tên cho bộ lọc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>Tên quá dài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many saved views: delete one first.</source>
        <translation>Đã lưu quá nhiều bộ lọc: hãy xóa bớt một bộ lọc trước.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/deskhandler/ui/app.py" line="+76"/>
        <source>deskhandler: something went wrong</source>
        <translation>deskhandler: đã xảy ra lỗi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside deskhandler. Your work is saved.
Please send this file to IT: %1</source>
        <translation>Đã xảy ra lỗi bên trong deskhandler. Công việc của bạn đã được lưu.
Hãy gửi tệp này cho bộ phận CNTT: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The local data cannot be opened</source>
        <translation>Không mở được dữ liệu trên máy</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The server cannot be reached. Check the address and network.</source>
        <translation>Không liên lạc được với máy chủ. Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign in to upload your work and get new cases. Your local data stays open.</source>
        <translation>Hãy đăng nhập để gửi công việc lên và nhận phản ánh mới. Dữ liệu trên máy vẫn mở được.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/deskhandler/ui/dialogs/labels.py" line="+10"/>
        <source>Accept</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to IOC</source>
        <translation>Trả lại IOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+43"/>
        <source>Triage</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="-2"/>
        <source>Internal note</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to citizen</source>
        <translation>Trả lời công dân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign</source>
        <translation>Chuyển đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="-23"/>
        <source>New</source>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting acceptance</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+2"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+1"/>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+1"/>
        <source>Resolved</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="+1"/>
        <location line="+25"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deskhandler/ui/labels.py" line="-24"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../src/deskhandler/ui/labels.py" line="-5"/>
        <source>Waiting to accept</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Public reply</source>
        <translation>Trả lời công khai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Đã phân công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <translation>Đã chuyển đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the IOC</source>
        <translation>Đã trả lại IOC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>Đã mở lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply approved</source>
        <translation>Đã duyệt trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply sent back</source>
        <translation>Đã trả lại câu trả lời để sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Người dân gửi phản ánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s rating</source>
        <translation>Đánh giá của công dân</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clerk</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../src/deskhandler/ui/printing/controller.py" line="-172"/>
        <source>Page {n} of {m}</source>
        <extracomment>How long the &quot;Open folder&quot; button stays after a printout, in milliseconds. Roles whose summary covers every unit (they work for the whole province).</extracomment>
        <translation>Trang {n}/{m}</translation>
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
