"""The command line as a user runs it: a real process, a real database file in a temp folder."""

import hashlib
import os
import shutil
import subprocess
import sys

import pytest


def forumdesk(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "forumdesk", *map(str, args)],
                          capture_output=True, text=True, timeout=60, env=env)


def assert_one_line_error(result, fragment):
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in lines[0]


def test_version():
    result = forumdesk("--version")
    assert result.returncode == 0 and result.stdout.startswith("forumdesk 0.")


def test_sets_lists_builtin_sets_with_question_counts(db_path):
    result = forumdesk("sets", "--db", db_path)
    assert result.returncode == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("warm-up") and "[3 questions]" in first
    assert "candidate-pool" in result.stdout and "partner-goals" in result.stdout


def test_new_then_list(db_path):
    result = forumdesk("new", "--db", db_path, "--title", "Careers evening", "--partner", "Riverside University",
                       "--partner-kind", "educational", "--set", "warm-up", "--set", "candidate-pool", "--pace", "self",
                       "--date", "2026-12-02")
    assert result.returncode == 0, result.stderr
    forum_id = int(result.stdout.strip())
    listing = forumdesk("list", "--db", db_path).stdout
    row = next(line for line in listing.splitlines() if line.strip().startswith(str(forum_id)))
    assert "Careers evening" in row and "Riverside University" in row and "Dec 2, 2026" in row  # Babel, English
    assert row.split()[-1] == "0"


def test_new_with_changeable_votes(db_path):
    from forumdesk.services import Services

    result = forumdesk("new", "--db", db_path, "--title", "T", "--partner", "P", "--changeable-votes")
    assert result.returncode == 0, result.stderr
    plain = forumdesk("new", "--db", db_path, "--title", "U", "--partner", "P")
    services = Services.open(db_path)
    try:
        assert services.forums.forum(int(result.stdout)).changeable_votes is True
        assert services.forums.forum(int(plain.stdout)).changeable_votes is False
    finally:
        services.close()


def test_new_language_sets_the_forums_language_or_follows_the_environment(db_path):
    from forumdesk.services import Services

    chosen = forumdesk("new", "--db", db_path, "--title", "T", "--partner", "P", "--language", "ar",
                       env_extra={"LANG": "de_DE.UTF-8", "LC_ALL": ""})
    assert chosen.returncode == 0, chosen.stderr
    from_env = forumdesk("new", "--db", db_path, "--title", "U", "--partner", "P",
                         env_extra={"LANG": "fr_CA.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert from_env.returncode == 0, from_env.stderr
    unknown = forumdesk("new", "--db", db_path, "--title", "V", "--partner", "P", "--language", "xx")
    assert unknown.returncode == 2 and "xx" in unknown.stderr
    services = Services.open(db_path)
    try:
        assert services.forums.forum(int(chosen.stdout)).language == "ar"
        assert services.forums.forum(int(from_env.stdout)).language == "fr"
        assert len(services.forums.forum_listing()) == 2  # the refused one created nothing
    finally:
        services.close()


def test_demo_then_list_shows_the_demo_forum_with_its_answers(db_path):
    result = forumdesk("demo", "--db", db_path)
    assert result.returncode == 0, result.stderr
    listing = forumdesk("--db", db_path, "list").stdout  # --db before the command works too
    assert "Northbridge Community College" in listing
    assert int(listing.splitlines()[1].split()[-1]) >= 50


def test_the_default_database_lives_in_the_user_data_folder(tmp_path):
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    assert forumdesk("demo", env_extra=env).returncode == 0
    assert (home / ".local" / "share" / "forumdesk" / "forumdesk.sqlite").exists()


def test_an_unknown_set_creates_no_file(db_path):
    result = forumdesk("new", "--db", db_path, "--title", "T", "--partner", "P", "--set", "nope")
    assert_one_line_error(result, "no question set named 'nope'")
    assert not db_path.exists()


def test_an_unknown_set_changes_an_existing_file_not_at_all(db_path):
    forumdesk("demo", "--db", db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    result = forumdesk("new", "--db", db_path, "--title", "T", "--partner", "P", "--set", "nope")
    assert_one_line_error(result, "no question set named 'nope'")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_folder_as_db_is_refused(tmp_path):
    assert_one_line_error(forumdesk("list", "--db", tmp_path), "is a folder")


def test_a_db_in_a_missing_folder_is_refused_and_nothing_is_created(tmp_path):
    target = tmp_path / "missing" / "f.sqlite"
    assert_one_line_error(forumdesk("demo", "--db", target), "does not exist")
    assert not (tmp_path / "missing").exists()


def without_root_override() -> list[str]:
    """A command prefix under which permission bits apply, even when the tests run as root (in CI):
    root's power to ignore them (CAP_DAC_OVERRIDE) is dropped for that one process."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")  # util-linux, on every Linux this runs on as root
    if setpriv is None:
        pytest.skip("running as root, where permission bits do not apply, and setpriv is missing to drop that")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-all", "--"]


@pytest.mark.skipif(os.name != "posix", reason="uses POSIX permissions")
def test_a_db_in_an_unwritable_folder_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = subprocess.run([*without_root_override(), sys.executable, "-m", "forumdesk", "demo", "--db",
                                 str(locked / "f.sqlite")], capture_output=True, text=True, timeout=60)
        assert_one_line_error(result, "Cannot create")
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []


def test_a_garbage_db_is_refused_and_untouched(db_path):
    db_path.write_bytes(b"%PDF-1.4 definitely not a database")
    before = db_path.read_bytes()
    assert_one_line_error(forumdesk("list", "--db", db_path), "not a forumdesk database")
    assert db_path.read_bytes() == before


def test_bad_arguments_give_one_line(db_path):
    assert_one_line_error(forumdesk("new", "--db", db_path, "--title", "T", "--partner", "P", "--pace", "fast"),
                          "invalid choice")
    assert_one_line_error(forumdesk("new", "--db", db_path, "--title", " ", "--partner", "P"), "title cannot be empty")
    assert_one_line_error(forumdesk("new", "--db", db_path, "--title", "T", "--partner", "P", "--date", "tomorrow"),
                          "is not a date")
    assert not db_path.exists()


def test_list_on_a_missing_database_creates_nothing(db_path):
    result = forumdesk("list", "--db", db_path)
    assert result.returncode == 0 and "No forums yet" in result.stdout
    assert not db_path.exists()


def test_new_with_review_first_makes_a_moderated_forum(db_path):
    from forumdesk.services import Services

    plain = int(forumdesk("new", "--db", db_path, "--title", "Open", "--partner", "P").stdout)
    result = forumdesk("new", "--db", db_path, "--title", "Moderated", "--partner", "P", "--review-first")
    assert result.returncode == 0, result.stderr
    services = Services.open(db_path)
    try:
        assert services.forums.forum(int(result.stdout)).review_first
        assert not services.forums.forum(plain).review_first
    finally:
        services.close()
