"""Staff accounts of the whole site, for the administrator: add, change
role, reset password, revoke. Each change is a signed entry of the site's
staff directory and reaches the other PCs with their next sync. The core
checks the permission; this screen only offers it."""

from __future__ import annotations

from bedside.errors import BedsideError
from bedside.roles import Role
from bedside.users import change_role, create_user, list_users, reset_password, revoke_user

from .errors import message_for, show_error
from .ops import Op
from .qt import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                 QLineEdit, QListWidget, QListWidgetItem, QMessageBox, Qt,
                 QVBoxLayout, translate)
from .widgets.buttons import Kind, push_button
from .widgets.dialogs import ScreenDialog


def role_label(role: Role) -> str:
    return translate("core", role.label)


class UsersDialog(ScreenDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent, name="usersDialog")
        self.setWindowTitle(self.tr("Staff accounts"))
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self.site_note = QLabel(self.tr(
            "These accounts are the whole site's: every PC of the site knows them. A change "
            "made here reaches the other PCs with their next sync; until then a PC that has "
            "not received it still knows the person as before."), objectName="hint")
        self.site_note.setWordWrap(True)
        self.list = QListWidget(objectName="userList")
        left.addWidget(self.site_note)
        left.addWidget(self.list, 1)
        lay.addLayout(left, 1)
        side = QVBoxLayout()
        form = QFormLayout()
        self.username = QLineEdit(objectName="newUsername")
        self.display = QLineEdit(objectName="newDisplayName")
        self.role = QComboBox(objectName="newRole")
        self.role.addItem(self.tr("— choose —"), None)     # no role until one is chosen
        for r in Role:
            self.role.addItem(role_label(r), r.value)
        self.password = QLineEdit(objectName="newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(objectName="confirmPassword")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Printed name"), self.display)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.confirm)
        side.addLayout(form)
        self.add = push_button(self.tr("Add account"), "primary", self._add, kind=Kind.PRIMARY)
        self.set_role = push_button(self.tr("Give selected the role above"), clicked=self._change_role)
        self.reset = push_button(self.tr("Reset selected's password to the one above"), clicked=self._reset_password)
        self.revoke = push_button(self.tr("Revoke selected"), "danger", self._revoke, kind=Kind.DANGER)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        for b in (self.add, self.set_role, self.reset, self.revoke):
            side.addWidget(b)
        side.addWidget(self.error)
        side.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        side.addWidget(close)
        lay.addLayout(side, 1)
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        session = self.ctx.session
        Op(self.ctx, lambda: list_users(session), parent=self).on_success(self._show_users).run()

    def _show_users(self, users) -> None:
        self.list.clear()
        for u in users:
            item = QListWidgetItem(f"{u.username} — {u.display_name} ({role_label(u.role)})")
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            self.list.addItem(item)

    def _guard(self, fn, then=None) -> None:
        """Store the account change on the DB worker (a password is derived
        there: it takes a moment); a refusal is shown in place."""
        def done(_result):
            self.error.clear()
            self.password.clear()
            self.confirm.clear()
            self.reload()
            if then is not None:
                then()
        Op(self.ctx, fn, parent=self).busy(self.add, self.set_role, self.reset, self.revoke) \
            .on_success(done).on_failure(self._failed).run()

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, BedsideError):
            self.error.setText(message_for(err))
        else:
            show_error(self, err)

    def _refused(self, text: str, widget) -> bool:
        self.error.setText(text)
        widget.setFocus()
        return False

    def _role_chosen(self) -> bool:
        return self.role.currentData() is not None or self._refused(
            self.tr("Choose the role of the account."), self.role)

    def _passwords_match(self) -> bool:
        if self.password.text() == self.confirm.text():
            return True
        self.confirm.clear()
        return self._refused(self.tr("The two passwords differ: type the password again."), self.confirm)

    def _add(self) -> None:
        if not (self._role_chosen() and self._passwords_match()):
            return
        session, args = self.ctx.session, (self.username.text(), self.display.text(), self.role.currentData(),
                                           self.password.text())

        def added():
            self.username.clear()
            self.display.clear()
            self.role.setCurrentIndex(0)       # the next account does not inherit this role
            self.username.setFocus()
        self._guard(lambda: create_user(session, *args), then=added)

    def _reset_password(self) -> None:
        if self._passwords_match():
            session, password = self.ctx.session, self.password.text()
            self._on_selected(lambda uid: reset_password(session, uid, password))

    def _change_role(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.error.setText(self.tr("Select an account in the list first."))
            return
        if not self._role_chosen():
            return
        if self._confirm(self.tr("Change role"), self.tr(
                "Give {who} the role {role}? This changes what the account may do.")
                .format(who=item.text(), role=self.role.currentText())):
            session, role = self.ctx.session, self.role.currentData()
            self._on_selected(lambda uid: change_role(session, uid, role))

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _on_selected(self, fn) -> None:
        item = self.list.currentItem()
        if item is None:
            self.error.setText(self.tr("Select an account in the list first."))
            return
        uid = item.data(Qt.ItemDataRole.UserRole)
        self._guard(lambda: fn(uid))

    def _revoke(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.error.setText(self.tr("Select an account in the list first."))
            return
        if self._confirm(self.tr("Revoke account"), self.tr(
                "Revoke {who}? They will no longer be able to sign in. What they recorded stays.")
                .format(who=item.text())):
            session = self.ctx.session
            self._on_selected(lambda uid: revoke_user(session, uid))
