"""The fuzz stage's schemathesis hooks (loaded through SCHEMATHESIS_HOOKS by tests/fuzz/fuzz.ts).

The one documented place for the API's rules that compare two values of a request: JSON Schema cannot say
"periodTo is not before periodFrom" or "usdAmount = amount x rate", so the OpenAPI documents cannot carry them
(every rule between fields that a schema can say, such as "exactly one of dueDate and noDueDateReason", is in the
document itself). Here the fuzzer's *positive* cases, which promise a request the API accepts, are brought in line
with each such rule, one function per rule with its reason. Negative cases are left as generated. Without this,
an operation whose every positive case happened to break a comparison would count as "the schema constraints don't
match API validation" (validation_mismatch), which the stage fails on. The refusals themselves are tested in the
services' own suites (e2e), where their 400 and its problem are asserted.
"""

import json
import os
import subprocess
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

import schemathesis
from schemathesis import GenerationMode


@schemathesis.auth(refresh_interval=120)
class RealmToken:
    """A real access token of the run's role from the local Keycloak, through the project's token CLI (as a ministry's
    script would get one), fetched again every 2 minutes: the realm's tokens live 5, and a run can take longer (a
    clean clone's report-intake run as a ministry took 7 minutes; its last third was answered 401 and tested nothing)."""

    def get(self, case, context):
        args = ["npm", "run", "-s", "token", "--", "--role", os.environ["FUZZ_ROLE"]]
        if os.environ.get("FUZZ_JURISDICTION"):
            args += ["--jurisdiction", os.environ["FUZZ_JURISDICTION"]]
        return subprocess.run(args, cwd=os.environ["FUZZ_REPO_ROOT"], check=True, capture_output=True, text=True).stdout.strip()

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"


def _ordered(body, first, then):
    """`then` must not be before `first` (both days YYYY-MM-DD, which order as text)."""
    a, b = body.get(first), body.get(then)
    if isinstance(a, str) and isinstance(b, str) and b < a:
        body[first], body[then] = b, a


def reporting_round(body):
    # report-intake: a round's period ends on or after it starts, and its due date is not before the period's end.
    _ordered(body, "periodFrom", "periodTo")
    due, end = body.get("dueDate"), body.get("periodTo")
    if isinstance(due, str) and isinstance(end, str) and due < end:
        # The latest of the three days becomes the due date; the period keeps its order.
        body["periodFrom"], body["periodTo"], body["dueDate"] = sorted([body["periodFrom"], end, due])


def meeting_days(body):
    # meeting-coordination: a meeting ends on or after the day it starts.
    _ordered(body, "startDate", "endDate")


def scheduled_meeting(body):
    meeting_days(body)
    # meeting-coordination: a jurisdiction has one local coordination meeting per round, so its id is derived from
    # both (local-<round>-<jurisdiction>); the document says that the kind needs them (oneOf).
    round_number, jurisdiction = body.get("roundNumber"), body.get("jurisdiction")
    if body.get("kind") == "local_coordination" and isinstance(round_number, int) and isinstance(jurisdiction, str):
        body["meetingId"] = f"local-{round_number}-{jurisdiction}"


def _cell(observation, *fields):
    """A cell of a report: the measure and its dimensions (and what else names the report), order-independent."""
    dimensions = observation.get("dimensions") or {}
    return (*(repr(observation.get(field)) for field in fields), observation.get("measure"), tuple(sorted(dimensions.items())))


def _one_per_cell(observations, *fields):
    """No two observations of a cell; none that is part of a breakdown of a total also given (the parts of a breakdown
    must not sum to more than their total: a comparison across observations). Keeps the first of each."""
    kept, cells = [], set()
    for observation in observations:
        if not isinstance(observation, dict) or not isinstance(observation.get("dimensions") or {}, dict):
            return observations
        cell = _cell(observation, *fields)
        if cell not in cells:
            cells.add(cell)
            kept.append(observation)
    def is_part(observation):
        *names, measure, dimensions = _cell(observation, *fields)
        return any((*names, measure, tuple(d for d in dimensions if d != left_out)) in cells for left_out in dimensions)
    # At least one observation stays (the reports take one or more).
    return [o for o in kept if not is_part(o)] or kept[:1]


def kpi_observations(body):
    # report-intake: one value per measure and dimensions; parts of a breakdown within their total.
    if isinstance(body.get("observations"), list):
        body["observations"] = _one_per_cell(body["observations"])


def kpi_import(body):
    # report-intake: the same rules per report of an import (a jurisdiction's year).
    if isinstance(body.get("values"), list):
        body["values"] = _one_per_cell(body["values"], "jurisdiction", "year")


def project_decision(body):
    # trust-fund: a rejection gives its reason. A oneOf could say it, but the console's typed client (generated from
    # the document) builds one body for both decisions, and a union type would break it: the rule stays out of it.
    reason = body.get("reason")
    if body.get("decision") == "reject" and not (isinstance(reason, str) and reason.strip()):
        body["reason"] = "overlaps an existing project"


MAX_AMOUNT = Decimal("999999999999999.99")


def deposit(body):
    # trust-fund: a USD deposit's usdAmount is its amount; with a rate, usdAmount is amount x rate to the cent
    # (the decider allows one cent plus the rate's own rounding).
    amount, currency = body.get("amount"), body.get("currency")
    try:
        original = Decimal(amount)
    except (TypeError, InvalidOperation):
        return
    if currency == "USD":
        body["usdAmount"] = amount
        return
    rate = body.get("rate")
    if not isinstance(rate, str):
        return
    usd = (original * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if Decimal("0.01") <= usd <= MAX_AMOUNT:
        body["usdAmount"] = f"{usd:.2f}"
    else:
        # No USD amount in the documented range agrees with this rate: the rate is left out (derived then).
        del body["rate"]


def _region_measures():
    """The measures the region reports (SEESAC's own data), read from every catalogue version's `reporter: "region"`."""
    data = Path(__file__).resolve().parents[2] / "libs" / "kpi-catalogue" / "src" / "data"
    return {
        measure["code"]
        for version in sorted(data.glob("catalogue.v*.json"))
        for kpi in json.loads(version.read_text(encoding="utf-8"))["kpis"]
        for measure in kpi["measures"]
        if measure.get("reporter") == "region"
    }


REGION_MEASURES = _region_measures()


def region_report(case):
    # report-intake: the region's report (jurisdiction "region", SEESAC's own data) holds only the region's measures,
    # a rule between the path and the body. A positive case for the region that names another measure is made the
    # report of a jurisdiction, which may report every measure (the region's own with a warning).
    observations = case.body.get("observations")
    if (case.path_parameters or {}).get("jurisdiction") != "region" or not isinstance(observations, list):
        return
    measures = [o.get("measure") for o in observations if isinstance(o, dict)]
    if not all(m in REGION_MEASURES for m in measures):
        case.path_parameters["jurisdiction"] = "pristina"


# Rules that read the whole case (path parameters and body), not the body alone.
CASE_RULES = {
    ("POST", "/kpi-reports/{jurisdiction}/{year}/draft"): region_report,
    ("POST", "/kpi-reports/{jurisdiction}/{year}/submission"): region_report,
}

RULES = {
    ("POST", "/reporting-rounds"): reporting_round,
    ("POST", "/trust-fund/deposits"): deposit,
    ("POST", "/meetings"): scheduled_meeting,
    ("POST", "/trust-fund/projects/{projectId}/decision"): project_decision,
    ("POST", "/kpi-reports/{jurisdiction}/{year}/draft"): kpi_observations,
    ("POST", "/kpi-reports/{jurisdiction}/{year}/submission"): kpi_observations,
    ("POST", "/imports/kpi-values"): kpi_import,
    ("POST", "/meetings/{meetingId}/rescheduling"): meeting_days,
}


def _obey_rules(case):
    if not isinstance(case.body, dict):
        return
    operation = (case.operation.method.upper(), case.operation.path)
    if operation in RULES:
        RULES[operation](case.body)
    if operation in CASE_RULES:
        CASE_RULES[operation](case)


@schemathesis.hook
def map_case(context, case):
    if case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE:
        _obey_rules(case)
    return case


@schemathesis.hook
def before_add_examples(context, examples):
    # The examples phase (the documented examples, all positive) does not pass its cases through map_case.
    for case in examples:
        _obey_rules(case)
