package analyzer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

// frameworks are the preset tests' shops (testdata/src/example.com/<shop>)
// and the real modules their stubs in testdata/src stand for, at the
// versions TestFrameworks runs them against.
var frameworks = []struct {
	shop    string
	modules []string // "path version"
}{
	{"ginshop", []string{"github.com/gin-gonic/gin v1.12.0"}},
	{"echoshop", []string{"github.com/labstack/echo/v4 v4.16.5"}},
	{"fibershop", []string{"github.com/gofiber/fiber/v2 v2.52.15"}},
	{"grpcshop", []string{
		"google.golang.org/grpc v1.85.0",
		"google.golang.org/genproto/googleapis/rpc v0.0.0-20261110000943-09e21b237f2c",
	}},
	{"chishop", []string{"github.com/go-chi/chi/v5 v5.5.0", "github.com/go-chi/render v1.0.3"}},
	{"muxshop", []string{"github.com/gorilla/mux v1.8.1"}},
}

// TestFrameworks runs the preset tests' handlers against the real
// frameworks, so that the stubs they are tested with cannot drift from
// what they stand for: it copies the shops into one module (module
// example.com, so that the import paths stay the same) that requires the
// frameworks, fetches them through the Go module proxy (go mod tidy), and
// checks the same // want comments, with the frameworks type-checked from
// the module cache.
//
// It needs the network the first time, and takes a minute or more, so it
// runs only when ERRCODES_E2E_FRAMEWORKS is set, as .ci/run does.
func TestFrameworks(t *testing.T) {
	if os.Getenv("ERRCODES_E2E_FRAMEWORKS") == "" {
		t.Skip("ERRCODES_E2E_FRAMEWORKS is not set: skipping the preset tests against the real gin, echo, " +
			"fiber, grpc, chi and gorilla/mux (fetched through the Go module proxy; .ci/run sets it)")
	}
	dir := t.TempDir()
	var require, paths []string
	for _, fw := range frameworks {
		testmod.CopyTree(t, filepath.Join(analysistest.TestData(), "src", "example.com", fw.shop), filepath.Join(dir, fw.shop))
		for _, m := range fw.modules {
			require = append(require, "\t"+m+"\n")
			paths = append(paths, strings.Fields(m)[0])
		}
	}
	gomod := "module example.com\n\ngo 1.26\n\nrequire (\n" + strings.Join(require, "") + ")\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	goCmd(t, dir, "mod", "tidy")
	// go mod tidy raises a version that another module requires a later
	// one of: the versions above would then not be those tested.
	got := goCmd(t, dir, append([]string{"list", "-m", "-f", "{{.Path}} {{.Version}}"}, paths...)...)
	var want []string
	for _, fw := range frameworks {
		want = append(want, fw.modules...)
	}
	if strings.TrimSpace(got) != strings.Join(want, "\n") {
		t.Errorf("go mod tidy selected\n%s\nwant the versions TestFrameworks names:\n%s", got, strings.Join(want, "\n"))
	}

	for _, fw := range frameworks {
		t.Run(fw.shop, func(t *testing.T) {
			analysistest.Run(t, dir, analyzer.New(analyzer.Options{}), "./"+fw.shop+"/...")
		})
	}
}

// goCmd runs the go command in dir, outside any go.work, and returns its
// standard output.
func goCmd(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}
