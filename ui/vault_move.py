"""At start-up: a vault an earlier version left in this Windows profile,
while this PC's shared vault does not exist yet — offer to move it
(bedside/vault_folder.py); nothing is moved without the user's yes."""

from __future__ import annotations

from pathlib import Path

from bedside.vault_folder import CANCEL, MOVE, USE_WHERE_IT_IS

from .qt import QCoreApplication, QMessageBox
from .widgets.buttons import Kind, push_button


def move_box(legacy: Path, target: Path) -> tuple[QMessageBox, dict]:
    box = QMessageBox()
    box.setObjectName("vaultMove")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("VaultMove", "Move the vault to this PC's shared folder?"))
    box.setText(QCoreApplication.translate(
        "VaultMove", "A vault from an earlier version of Bedside is in your own profile:\n{old}\n\n"
        "Bedside now keeps one vault per PC, for every user of this PC:\n{new}\n\n"
        "Move it there? The old folder is kept, renamed, until IT removes it.")
                .format(old=legacy, new=target))
    role = QMessageBox.ButtonRole
    # made with the box as parent: QMessageBox.addButton does not take them
    # over for Python, whose last reference would otherwise delete them
    move = push_button(QCoreApplication.translate("VaultMove", "Move it"), "vaultMoveIt", parent=box, kind=Kind.PRIMARY)
    there = push_button(QCoreApplication.translate("VaultMove", "Use it where it is"), "vaultUseWhereItIs", parent=box)
    quit_ = push_button(QCoreApplication.translate("VaultMove", "Quit"), "vaultMoveQuit", parent=box)
    for button, button_role in ((move, role.AcceptRole), (there, role.NoRole), (quit_, role.RejectRole)):
        box.addButton(button, button_role)
    buttons = {move: MOVE, there: USE_WHERE_IT_IS, quit_: CANCEL}
    box.setDefaultButton(next(iter(buttons)))
    return box, buttons


def ask_move(legacy: Path, target: Path) -> str:
    box, buttons = move_box(legacy, target)
    box.exec()
    return buttons.get(box.clickedButton(), CANCEL)
