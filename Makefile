# Two commands: `make run` (the suite on seeds/, or CORPUS=folder) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= seeds
OUT    ?=
ARGS   ?=

.PHONY: run test report lab notebooks system-deps clean

$(STAMP): requirements.txt Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -c "import site, pathlib; pathlib.Path(site.getsitepackages()[0], 'newscorpus-project.pth').write_text('$(CURDIR)\n')"
	touch $(STAMP)

# Chromium renders the PNG/SVG figures (kaleido) and drives the browser tests.
# Installed from Debian's packages when running as root with apt; otherwise we say what to install.
system-deps:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	{ if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Chromium (Debian package chromium)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: Chromium not found: PNG/SVG figures and browser tests need it (Debian/Ubuntu: sudo apt-get install chromium)"; fi; }

run: $(STAMP) system-deps
	$(BIN)/python -m analysis run --corpus "$(CORPUS)" $(if $(OUT),--out "$(OUT)") $(ARGS)

report: run

test: $(STAMP) system-deps
	$(BIN)/python -m pytest $(ARGS)

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

# Re-execute the committed notebooks on the seeds (the nbval reference outputs).
notebooks: $(STAMP)
	$(BIN)/python -m analysis refresh-notebooks

clean:
	rm -rf build
