package gclplugin_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/internal/testmod"
)

// TestGolangciLint builds golangci-lint with this plugin, as
// `golangci-lint custom` would (scripts/golangci-custom.sh), and runs it
// on a copy of testdata/shop. It expects exactly what errcodes reports
// standalone on the same copy, each message led by its category.
//
// The build takes minutes the first time, so the test runs only when
// ERRCODES_E2E_GOLANGCI is set, as .ci/run does.
func TestGolangciLint(t *testing.T) {
	if os.Getenv("ERRCODES_E2E_GOLANGCI") == "" {
		t.Skip("ERRCODES_E2E_GOLANGCI is not set: skipping the golangci-lint end-to-end test " +
			"(it builds golangci-lint with this plugin, minutes the first time; .ci/run sets it)")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	gcl := buildCustomGCL(t, root)
	errcodes := filepath.Join(t.TempDir(), "errcodes")
	if out, err := command(root, "go", "build", "-o", errcodes, "./cmd/errcodes").CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/errcodes: %v\n%s", err, out)
	}
	// want.txt as golangci-lint reports it: without the related lines,
	// which the plugin drops (the messages cite the catalog already).
	var want []string
	for _, l := range readLines(t, filepath.Join(root, "testdata/shop/want.txt")) {
		if !strings.HasSuffix(l, "\t"+analyzer.RelatedMessage) {
			want = append(want, l)
		}
	}
	// A finding through the respond.NotFound wrapper, which needs its fact.
	wrapper := diag{Pos: "orders/orders.go:119:23", Category: "status",
		Message: `code "order_already_canceled" is documented with status 409 Conflict (docs/errors.yaml:15) but returned with 404 Not Found (by respond.NotFound)`}

	// The config for every package, named in the settings.
	t.Run("config", func(t *testing.T) {
		dir := testmod.Copy(t, "shop")
		writeGolangciYAML(t, dir, "settings:\n  config: errcodes.yaml\n")
		got := runGCL(t, gcl, dir, t.TempDir(), "./...")
		equal(t, got, standalone(t, errcodes, dir, "./..."))
		// What errcodes reports, as want.txt has it, with categories.
		var plain []string
		for _, d := range got {
			plain = append(plain, "testdata/shop/"+d.Pos+": "+d.Message)
		}
		if strings.Join(plain, "\n") != strings.Join(want, "\n") {
			t.Errorf("golangci-lint's findings, without categories:\n%s\nwant (testdata/shop/want.txt):\n%s",
				strings.Join(plain, "\n"), strings.Join(want, "\n"))
		}
	})

	// Only orders is analysed: the wrappers in respond are dependencies,
	// known through facts that golangci-lint computes for them.
	t.Run("facts", func(t *testing.T) {
		dir := testmod.Copy(t, "shop")
		writeGolangciYAML(t, dir, "settings:\n  config: errcodes.yaml\n")
		got := runGCL(t, gcl, dir, t.TempDir(), "./orders")
		equal(t, got, standalone(t, errcodes, dir, "./orders"))
		if !contains(got, wrapper) {
			t.Errorf("no finding through the respond.NotFound wrapper: want %s", wrapper)
		}
	})

	// The errcodes.yaml nearest each package, with no settings at all.
	t.Run("no settings", func(t *testing.T) {
		dir := testmod.Copy(t, "shop")
		writeGolangciYAML(t, dir, "")
		equal(t, runGCL(t, gcl, dir, t.TempDir(), "./..."), standalone(t, errcodes, dir, "./..."))
	})

	// The content of errcodes.yaml, inline: citations of it name the
	// setting instead of the file, with the same lines.
	t.Run("inline", func(t *testing.T) {
		dir := testmod.Copy(t, "shop")
		config, err := os.ReadFile(filepath.Join(dir, "errcodes.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		os.Remove(filepath.Join(dir, "errcodes.yaml"))
		writeGolangciYAML(t, dir, "settings:\n  catalog: |\n"+indent(string(config), "    "))
		got := runGCL(t, gcl, dir, t.TempDir(), "./...")
		os.WriteFile(filepath.Join(dir, "errcodes.yaml"), config, 0o644)
		wantInline := standalone(t, errcodes, dir, "./...")
		for i := range wantInline {
			wantInline[i].Message = strings.ReplaceAll(wantInline[i].Message, "(errcodes.yaml:", "(settings.catalog:")
		}
		equal(t, got, wantInline)
	})

	// A broken config stops the run with its file and line: at start-up
	// when the settings name it, from the first package it governs
	// otherwise (golangci-lint quotes the message in its log).
	for name, tc := range map[string]struct{ settings, want string }{
		"broken config":             {"settings:\n  config: errcodes.yaml\n", "plugin(errcodes): newPlugin errcodes: setting config:\n%s:4:5: unknown key \"mesage\" in code entry"},
		"broken config per package": {"", `errcodes: %s:4:5: unknown key \"mesage\" in code entry`},
	} {
		t.Run(name, func(t *testing.T) {
			dir := testmod.Copy(t, "shop")
			os.WriteFile(filepath.Join(dir, "errcodes.yaml"), []byte("version: 1\ncodes:\n  - code: x\n    mesage: y\n"), 0o644)
			writeGolangciYAML(t, dir, tc.settings)
			out, err := gclCommand(gcl, dir, t.TempDir(), "./...").CombinedOutput()
			want := fmt.Sprintf(tc.want, filepath.Join(dir, "errcodes.yaml"))
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() == 1 || !bytes.Contains(out, []byte(want)) {
				t.Errorf("golangci-lint: %v, output:\n%s\nwant a failure with\n%s", err, out, want)
			}
		})
	}

	// golangci-lint's cache keys cover the Go files, its settings and the
	// analyzers' names, not errcodes' files: the fingerprint in the
	// working analyzer's name makes an edit of them invalidate findings
	// and facts. Each edit here drops the finding through the
	// respond.NotFound wrapper, which a stale cache would keep.
	type edit struct{ file, old, new string }
	cacheTest := func(t *testing.T, settings, pattern string, e edit) {
		dir := testmod.Copy(t, "shop")
		writeGolangciYAML(t, dir, settings)
		cache := t.TempDir()
		before := runGCL(t, gcl, dir, cache, pattern)
		equal(t, before, standalone(t, errcodes, dir, pattern))
		if !contains(before, wrapper) {
			t.Fatalf("no finding through the respond.NotFound wrapper: want %s", wrapper)
		}

		// A second run with no edit is answered from the cache.
		again, log := runGCLLog(t, gcl, dir, cache, pattern)
		if !cachedAll(log) {
			t.Errorf("a second run did not load every package's findings from the cache:\n%s", log)
		}
		equal(t, again, before)

		path := filepath.Join(dir, e.file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(data), e.old, e.new, 1)
		if edited == string(data) {
			t.Fatalf("testdata/shop/%s no longer has %q", e.file, e.old)
		}
		os.WriteFile(path, []byte(edited), 0o644)

		after := runGCL(t, gcl, dir, cache, pattern)
		equal(t, after, standalone(t, errcodes, dir, pattern))
		if contains(after, wrapper) {
			t.Errorf("after editing %s, golangci-lint still reports %s", e.file, wrapper)
		}
	}
	// The catalog documents order_already_canceled with 404.
	catalogEdit := edit{"docs/errors.yaml", "  - code: order_already_canceled\n    status: 409\n", "  - code: order_already_canceled\n    status: 404\n"}
	// The config no longer names apierr.Write: respond.NotFound, a
	// dependency of orders, is no longer a wrapper, and the fact that
	// said it was must not come from the cache.
	configEdit := edit{"errcodes.yaml", "  - func: github.com/errcodes/errcodes/testdata/shop/apierr.Write\n    code: code\n    status: status\n    message: message\n", ""}
	t.Run("cache/catalog", func(t *testing.T) {
		cacheTest(t, "settings:\n  config: errcodes.yaml\n", "./...", catalogEdit)
	})
	t.Run("cache/facts", func(t *testing.T) {
		cacheTest(t, "settings:\n  config: errcodes.yaml\n", "./orders", configEdit)
	})
	t.Run("cache/per package", func(t *testing.T) {
		cacheTest(t, "", "./...", catalogEdit)
	})
}

// buildCustomGCL runs scripts/golangci-custom.sh and returns the binary.
func buildCustomGCL(t *testing.T, root string) string {
	t.Helper()
	cmd := command(root, "bash", "scripts/golangci-custom.sh")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("scripts/golangci-custom.sh: %v\n%s", err, stderr.Bytes())
	}
	return strings.TrimSpace(string(out))
}

// command returns a command run in dir, outside any go.work.
func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	return cmd
}

// writeGolangciYAML writes a .golangci.yml that enables errcodes alone,
// with settings (YAML at the level of type:), and shows every finding:
// golangci-lint's defaults keep one per line and at most three alike.
func writeGolangciYAML(t *testing.T, dir, settings string) {
	t.Helper()
	cfg := `version: "2"
linters:
  default: none
  enable: [errcodes]
  settings:
    custom:
      errcodes:
        type: module
        description: checks the error codes handlers return against the catalog
` + indent(settings, "        ") + `issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
}

func indent(s, prefix string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if l != "" {
			b.WriteString(prefix + l)
		}
	}
	return b.String()
}

// A diag is a finding: its position relative to the module, its category
// and its message.
type diag struct {
	Pos, Category, Message string
}

func (d diag) String() string { return d.Pos + ": " + d.Category + ": " + d.Message }

func format(ds []diag) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintln(&b, d)
	}
	return b.String()
}

func contains(ds []diag, d diag) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

func equal(t *testing.T, got, want []diag) {
	t.Helper()
	if format(got) != format(want) {
		t.Errorf("golangci-lint reports:\n%swant (errcodes standalone):\n%s", format(got), format(want))
	}
}

func sortDiags(ds []diag) {
	sort.Slice(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Pos != b.Pos {
			return posLess(a.Pos, b.Pos)
		}
		return a.Message < b.Message
	})
}

var posRE = regexp.MustCompile(`^(.*):(\d+):(\d+)$`)

// posLess orders file:line:col positions by file, then line and column
// as numbers.
func posLess(a, b string) bool {
	ma, mb := posRE.FindStringSubmatch(a), posRE.FindStringSubmatch(b)
	if ma == nil || mb == nil || ma[1] != mb[1] {
		return a < b
	}
	if la, lb := atoi(ma[2]), atoi(mb[2]); la != lb {
		return la < lb
	}
	return atoi(ma[3]) < atoi(mb[3])
}

func atoi(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}

// gclCommand returns a golangci-lint run in dir, with its cache in cache,
// printing JSON on stdout and logging its issues cache's work on stderr.
func gclCommand(gcl, dir, cache string, args ...string) *exec.Cmd {
	cmd := command(dir, gcl, append([]string{"run", "--allow-parallel-runners", "--show-stats=false", "--output.json.path", "stdout"}, args...)...)
	cmd.Env = append(cmd.Env, "GOLANGCI_LINT_CACHE="+cache, "GL_DEBUG=goanalysis/issues/cache", "ERRCODES_CACHE=off")
	return cmd
}

// runGCL runs golangci-lint and returns its findings, sorted.
func runGCL(t *testing.T, gcl, dir, cache, pattern string) []diag {
	t.Helper()
	ds, _ := runGCLLog(t, gcl, dir, cache, pattern)
	return ds
}

// runGCLLog runs golangci-lint and returns its findings, sorted, and what
// it logged.
func runGCLLog(t *testing.T, gcl, dir, cache, pattern string) ([]diag, string) {
	t.Helper()
	cmd := gclCommand(gcl, dir, cache, pattern)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) { // 1: issues found
		t.Fatalf("golangci-lint run %s: %v\n%s%s", pattern, err, stdout.Bytes(), stderr.Bytes())
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("golangci-lint's JSON output: %v\n%s", err, stdout.Bytes())
	}
	var ds []diag
	for _, is := range report.Issues {
		if is.FromLinter != "errcodes" {
			t.Errorf("issue from linter %q: %s", is.FromLinter, is.Text)
		}
		cat, msg, ok := strings.Cut(is.Text, ": ")
		if !ok {
			t.Errorf("issue text %q does not start with a category", is.Text)
		}
		ds = append(ds, diag{Pos: fmt.Sprintf("%s:%d:%d", filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column), Category: cat, Message: msg})
	}
	sortDiags(ds)
	return ds, stderr.String()
}

// cachedAll reports whether golangci-lint's log says that it loaded
// every package's issues from its cache.
func cachedAll(log string) bool {
	return regexp.MustCompile(`Loaded \d+ issues from cache in \S+, analyzing 0/\d+ packages`).MatchString(log)
}

// standalone runs the errcodes command with -json in dir and returns its
// findings, sorted, with positions relative to dir.
func standalone(t *testing.T, errcodes, dir, pattern string) []diag {
	t.Helper()
	cmd := command(dir, errcodes, "-json", pattern)
	cmd.Env = append(cmd.Env, "ERRCODES_CACHE=off")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("errcodes -json %s: %v\n%s", pattern, err, out)
	}
	var result map[string]map[string][]struct {
		Category string `json:"category"`
		Posn     string `json:"posn"`
		Message  string `json:"message"`
	}
	if err := json.Unmarshal(out, &result); err != nil {
		t.Fatalf("errcodes -json: %v\n%s", err, out)
	}
	var ds []diag
	for _, byAnalyzer := range result {
		for _, d := range byAnalyzer["errcodes"] {
			pos := strings.TrimPrefix(d.Posn, dir+string(filepath.Separator))
			ds = append(ds, diag{Pos: filepath.ToSlash(pos), Category: d.Category, Message: d.Message})
		}
	}
	sortDiags(ds)
	return ds
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}
