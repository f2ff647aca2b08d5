"""Who may see, upload, decide and assign what, in a team deployment (issue 14): the role file and
the policy over it. Pure: no Streamlit, no store, no environment — `ui.signin` asks the request
and draws the refusals, this module only answers.

The role file (SHENBAO_UI_ROLES, TOML) maps each signed-in user — the name the reverse proxy puts
in SHENBAO_UI_USER_HEADER — to a role and the packages of that user:

    [users."li.ming"]
    role = "专家"                       # 工作组 | 专家 | 申报单位 (or the workspace's 评价工作组 / 评审专家)
    name = "李明"                       # how decisions and the panel name the user (optional)
    packages = ["b03b8091a603f2c1"]     # Package.id, or its first 8+ characters
    platforms = [{platform = "华兴工业互联网平台", company = "上海华兴数字科技有限公司"}]

The 工作组 sees every package and assigns packages to experts; an expert sees the packages the
file lists and those the 工作组 assigned; an applicant sees only the packages the file lists — by
id, or by platform name and company, which is what an applicant knows before the first upload.
A package whose facts are not known yet (an upload not yet reviewed) gets `UNKNOWN`: the caller
reviews it and asks again with the facts, before anything is shown.
"""

from __future__ import annotations

import enum
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.core.errors import ShenbaoError

EVALUATOR, EXPERT, APPLICANT = "评价工作组", "评审专家", "申报单位"
ROLE_NAMES = {"工作组": EVALUATOR, "评价工作组": EVALUATOR, "专家": EXPERT, "评审专家": EXPERT, "申报单位": APPLICANT}
MIN_ID_CHARS = 8

NOT_SIGNED_IN = "此工作台需要登录后使用（未收到登录用户信息）。请通过单位的登录入口访问。"
NOT_IN_ROLES = "您的账号（{user}）尚未分配角色，无法使用此工作台。请联系评价工作组。"
NOT_YOURS = "您无权查看这份申报材料：申报单位只能查看本单位的申报材料。"
NOT_ASSIGNED = "您无权查看这份申报材料：它尚未分配给您评审。请联系评价工作组。"
NOTHING_ASSIGNED = "尚无分配给您评审的申报材料。评价工作组分配后，申报材料会出现在左侧列表中。"


class Verdict(enum.Enum):
    ALLOWED = "allowed"
    REFUSED = "refused"
    UNKNOWN = "unknown"  # the package's facts are not known yet: review it, then ask again


@dataclass(frozen=True)
class PackageFacts:
    """What identifies a package to the policy; "" where not known yet."""

    package_id: str = ""
    platform: str = ""
    company: str = ""


def _same(a: str, b: str) -> bool:
    """Names compare as people write them: full-width/half-width and spacing do not matter."""
    def norm(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return norm(a) == norm(b)


class PlatformRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    platform: str = Field(min_length=1)
    company: str = ""

    def matches(self, facts: PackageFacts) -> bool | None:
        if not facts.platform:
            return None
        if not _same(self.platform, facts.platform):
            return False
        if not self.company:
            return True
        return _same(self.company, facts.company) if facts.company else None


class Member(BaseModel):
    """One user of the role file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    user: str
    role: str  # the workspace's role names: 评价工作组 | 评审专家 | 申报单位
    name: str = ""
    packages: tuple[str, ...] = ()
    platforms: tuple[PlatformRule, ...] = ()

    @field_validator("role", mode="before")
    @classmethod
    def _role(cls, value: str) -> str:
        if value not in ROLE_NAMES:
            raise ValueError(f"角色只能是 工作组、专家 或 申报单位：{value}")
        return ROLE_NAMES[value]

    @field_validator("packages")
    @classmethod
    def _ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        short = [v for v in value if len(v.strip()) < MIN_ID_CHARS]
        if short:
            raise ValueError(f"申报包编号至少写前 {MIN_ID_CHARS} 位：{'、'.join(short)}")
        return tuple(v.strip().lower() for v in value)

    @property
    def reviewer(self) -> str:
        """The name decisions carry: the display name with the account, so two 张伟 stay apart."""
        return f"{self.name}（{self.user}）" if self.name and self.name != self.user else self.user

    def listed(self, facts: PackageFacts) -> bool | None:
        """Whether the role file names this package for the user (None: cannot tell yet)."""
        answers: list[bool | None] = []
        for prefix in self.packages:
            answers.append(facts.package_id.lower().startswith(prefix) if facts.package_id else None)
        answers += [rule.matches(facts) for rule in self.platforms]
        if True in answers:
            return True
        return None if None in answers else False


class Roster(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    members: tuple[Member, ...]

    def member(self, user: str) -> Member | None:
        """The member signed in as `user` (account names compare case-insensitively, as SSO does)."""
        wanted = user.strip().casefold()
        return next((m for m in self.members if m.user.casefold() == wanted), None) if wanted else None

    def experts(self) -> list[Member]:
        return [m for m in self.members if m.role == EXPERT]


def parse_roster(text: str, where: str = "角色文件") -> Roster:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ShenbaoError(f"{where}不是有效的 TOML：{exc}") from exc
    users = data.get("users")
    if not isinstance(users, dict) or not users:
        raise ShenbaoError(f"{where}中没有任何用户：请按 [users.\"账号\"] 写出每个用户的角色")
    members = []
    for user, entry in users.items():
        if not isinstance(entry, dict):
            raise ShenbaoError(f"{where}中用户 {user} 的写法不对：应为一个表（role = …）")
        try:
            members.append(Member(user=user.strip(), **entry))
        except ValidationError as exc:
            raise ShenbaoError(f"{where}中用户 {user} 的设置有误：{'；'.join(map(_problem, exc.errors()))}") from exc
    folded = [m.user.casefold() for m in members]
    if len(set(folded)) != len(folded):
        raise ShenbaoError(f"{where}中有重复的账号（账号不区分大小写）")
    return Roster(members=tuple(members))


def _problem(error) -> str:
    """A pydantic error in the role file's words (the file's author reads it, not a programmer)."""
    where = ".".join(str(part) for part in error["loc"]) or "用户"
    if error["type"] == "value_error":
        return error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        return f"不认识的设置项 {where}（可用：role、name、packages、platforms）"
    if error["type"] == "missing":
        return f"缺少 {where}"
    return f"{where} 的写法不对"


def load_roster(path: Path) -> Roster:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ShenbaoError(f"角色文件无法读取（{path.name}）：{exc.__class__.__name__}") from exc
    return parse_roster(text, f"角色文件 {path.name} ")


# --- the policy ----------------------------------------------------------------------------------


def package_access(member: Member, facts: PackageFacts, assigned: frozenset[str] = frozenset()) -> Verdict:
    """May `member` see this package? `assigned`: the package ids the 工作组 assigned to the member."""
    if member.role == EVALUATOR:
        return Verdict.ALLOWED
    if member.role == EXPERT and facts.package_id and facts.package_id in assigned:
        return Verdict.ALLOWED
    listed = member.listed(facts)
    if listed is None:
        return Verdict.UNKNOWN
    return Verdict.ALLOWED if listed else Verdict.REFUSED


def refusal(member: Member) -> str:
    return NOT_YOURS if member.role == APPLICANT else NOT_ASSIGNED


def may_upload(member: Member) -> bool:
    """Applicants upload their own package; the 工作组 uploads any. Experts review what they are given."""
    return member.role in (APPLICANT, EVALUATOR)


def may_assign(member: Member) -> bool:
    return member.role == EVALUATOR


def may_export_panel(member: Member) -> bool:
    """The consolidated 汇总表 and the decisions workbook are the 工作组's to hand over."""
    return member.role == EVALUATOR
