# make run   - set everything up (first time) and open the facilitator app
# make test  - set everything up (first time) and run the checks and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The app's translations: .ts sources in git, compiled to .qm (not committed) for run, test, bundle.
TS := $(wildcard resources/translations/forumdesk_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bundle screenshots translations system-deps-run system-deps-test clean

run: system-deps-run $(STAMP) $(QM)
	$(BIN)/forumdesk

test: system-deps-test $(STAMP) $(QM) lint
	$(BIN)/python -m pytest
	@echo "--- the layers below the UI, with PySide6 made unimportable ---"
	FORUMDESK_BLOCK_QT=1 $(BIN)/python -m pytest -q -p no:pytest-qt -W ignore::pytest.PytestConfigWarning -m "not browser and not gui" tests/domain tests/storage tests/services tests/web tests/report tests/app

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check forumdesk tests benchmarks scripts packaging

# make bundle - a one-folder PyInstaller bundle in dist/forumdesk/ (see packaging/)
bundle: system-deps-run $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	$(BIN)/python packaging/make_icons.py build/icons
	$(BIN)/python -m forumdesk.web.static  # gzip copies of the phone page's files ship in the bundle
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/forumdesk.spec
	if [ "$$(uname)" = Linux ]; then find dist/forumdesk/_internal -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' \
	  -exec strip --strip-unneeded {} + 2>/dev/null || true; fi
	mkdir -p dist/forumdesk/share/applications dist/forumdesk/share/icons/hicolor/scalable/apps
	cp packaging/linux/forumdesk.desktop dist/forumdesk/share/applications/
	cp resources/icons/forumdesk.svg dist/forumdesk/share/icons/hicolor/scalable/apps/
	for s in 16 24 32 48 64 128 256 512; do mkdir -p dist/forumdesk/share/icons/hicolor/$${s}x$${s}/apps; \
	  cp build/icons/forumdesk-$$s.png dist/forumdesk/share/icons/hicolor/$${s}x$${s}/apps/forumdesk.png; done
	@du -sh dist/forumdesk

# make screenshots - the README's pictures, made from the demo forum into docs/screenshots/ (not committed)
screenshots: system-deps-test $(STAMP) $(QM)
	$(BIN)/python scripts/screenshots.py docs/screenshots

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# make translations - add the app's new or changed strings to the .ts files (then translate them;
# tests/ui/test_translations.py fails while one is untranslated)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -extensions py -locations none -no-obsolete forumdesk/ui forumdesk/app/gui.py -ts $(TS)

system-deps-run:
	@scripts/system-deps.sh run

system-deps-test:
	@scripts/system-deps.sh test

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache $(QM)
