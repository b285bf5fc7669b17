"""The API against its own OpenAPI document, by schemathesis: every operation, with
generated parameters, on the live server, answers no 5xx and as the document says."""

import subprocess
import sys
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from members.models import Visibility
from resources.models import Resource

from . import factories
from . import project_factories as make

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def api_schema(live_server):
    member = make.organisation(
        "Open Metals", pillar="supply-chain-actor", country="BE", contact_email="a@example.org"
    )
    make.organisation("Quiet Metals", disclosures_visibility=Visibility.MEMBERS)
    factories.resource("Tin smelter audits", minerals=["tin"], tiers=["midstream"], tags=["rmap"])
    factories.resource("Gold refiners", minerals=["gold"], regions=["great-lakes"], year=None)
    factories.resource("A draft", status=Resource.Status.DRAFT)
    make.project("Gold in Kivu", countries=["CD"], minerals=["gold"], partners=[(member, "lead")])
    make.project("A draft project", is_published=False)
    return schemathesis.openapi.from_url(f"{live_server.url}/api/v1/openapi.json")


SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
BUDGET = 45  # seconds of generated requests; the run as a whole is killed after twice that


# Each operation in turn, in one test: schemathesis' lazy pytest loader (from_fixture) does not
# run under pytest 9, and the schema can only be read once the live server has data.
def test_every_operation_answers_as_documented(api_schema):
    tested = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            response = case.call_and_validate()  # no 5xx; status, headers and body as documented
            for secret in ("a@example.org", "A draft", "a-draft"):
                assert secret not in response.text

        check()
        tested.append(operation.label)
    assert len(tested) == 14 and "GET /api/v1/projects/{slug}/" in tested


def test_schemathesis_run_with_every_check_finds_nothing(api_schema, live_server, tmp_path):
    """`schemathesis run --checks all` on the live document, as a client's CI would run it:
    every phase (the examples, the coverage phase's boundary and negative values, undeclared
    methods such as POST or TRACE, missing parameters; then random and negative fuzzing), and
    every check, among them that what the document refuses is refused (4xx) and that what it
    allows is accepted. Bounded in time: --max-time, and a timeout on the process."""
    command = [
        str(SCHEMATHESIS), "run", f"{live_server.url}/api/v1/openapi.json",
        "--checks", "all", "--mode", "all", "--max-examples", "15", "--max-time", str(BUDGET),
        "--workers", "1", "--seed", "25", "--generation-database", "none", "--no-color",
        "--suppress-health-check", "all", "--request-timeout", "20",
    ]  # fmt: skip
    run = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=2 * BUDGET + 60
    )
    report = run.stdout[-6000:] + run.stderr[-2000:]
    assert run.returncode == 0, report
    assert "No issues found" in run.stdout or "passed" in run.stdout, report
