package audit_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/errcodes/errcodes/audit"
)

var screenshot = flag.String("screenshot", "", "copy TestHTMLInChromium's screenshot to this file (for doc/audit-html.png)")

func writeHTML(t *testing.T, r *audit.Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := audit.WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestHTMLContent(t *testing.T) {
	page := writeHTML(t, sampleReport(t))
	for _, want := range []string{
		"<title>errcodes audit of example.com/shop</title>",
		"<h1>example.com/shop</h1>",
		"<code>errcodes.yaml</code>",
		// Coverage: sites resolved, codes documented, endpoints fully
		// documented.
		">92.9%<", "13 of 14 emit sites", ">71.4%<", "5 of 7 codes", ">25%<", "1 of 4 endpoints",
		// The chart's bars and its text alternative.
		"<svg", "Of 8 codes: 5 documented and returned, 1 documented but not returned, 2 returned but undocumented.",
		// The codes table, with a documented position, statuses and
		// problem badges.
		`<table class="data sortable" id="codes-table"`, "<code>invalid_order_number</code>",
		"docs/errors.yaml:7:5", `<span class="chip chip-bad" title="not a documented status">400 Bad Request</span>`,
		`<span class="badge p-status_mismatch">status mismatch</span>`, `<span class="badge p-not_emitted">not emitted</span>`,
		`<span class="badge ok">ok</span>`, `<td class="num" data-v="4">4</td>`, "Problems only",
		"orders/orders.go:102:40</span> in <code>orders.<wbr>Handler.Details</code>",
		// The endpoints table.
		`<table class="data sortable" id="endpoints-table"`, "<strong>Get Order Details</strong>",
		`<code class="route">POST /orders/{id}/pay</code>`, `<span class="badge ok">yes</span>`,
		// The unresolved sites, all of them.
		`<table class="data sortable" id="unresolved-table"`, `<a href="#unresolved">Unresolved</a>`,
		"respond/respond.go:21:2", "<code>apierr.Write</code>", "<code>respond.<wbr>Error</code>",
		// Placeholders and findings.
		"docs/errors.yaml:27:5", "message &#34;?&#34; is an unresolved placeholder",
		`<span class="badge c-deprecated">deprecated</span>`,
		"code &#34;payment_declined&#34; is deprecated (docs/errors.yaml:19)",
		// Inlined script and style.
		`document.documentElement.setAttribute("data-ready", "true")`, "--mono:",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if n := strings.Count(page, `<tr data-problems="`); n != 8+4 {
		t.Errorf("%d rows of codes and endpoints, want 12", n)
	}

	// Self-contained: no reference to anything on the network, no file
	// loaded beside it.
	for _, bad := range []string{"http://", "https://", "//cdn", ` src="`, `<link`, "@import", "url("} {
		if strings.Contains(page, bad) {
			t.Errorf("the page refers to an outside resource: %q", bad)
		}
	}
	checkHTML(t, page)

	if again := writeHTML(t, sampleReport(t)); again != page {
		t.Error("two runs on the same report differ")
	}
}

func TestHTMLEscapes(t *testing.T) {
	r := sampleReport(t)
	r.Module = `evil</title><script>alert(1)</script>`
	r.Codes[0].Code = `"><img onerror=alert(2)>`
	r.Findings[0].Message = `</td></tr></table><script>alert(3)</script>`
	r.Endpoints[0].Route = `GET /x?a=<b>`
	page := writeHTML(t, r)
	if regexp.MustCompile(`<script>alert|<img onerror|<b>`).MatchString(page) {
		t.Error("report text reached the page unescaped")
	}
	if !strings.Contains(page, "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(3)&lt;/script&gt;") {
		t.Error("the finding's message is not escaped as text")
	}
	checkHTML(t, page)
}

func TestHTMLEmpty(t *testing.T) {
	page := writeHTML(t, &audit.Report{Version: audit.SchemaVersion})
	for _, want := range []string{
		"Packages outside a module", "none found", ">100%<", "No codes:", "No endpoints:",
		`No unresolved "?"`, "No findings:",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the empty page lacks %s", want)
		}
	}
	checkHTML(t, page)
}

// checkHTML checks that every element the page opens it closes, in
// order; script and style content is skipped, as a parser would. It
// stands in for an HTML parser, which errcodes does not depend on.
func checkHTML(t *testing.T, page string) {
	t.Helper()
	void := map[string]bool{"meta": true, "input": true, "br": true, "wbr": true, "img": true, "hr": true, "link": true}
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n") {
		t.Error("the page does not start with <!DOCTYPE html>")
	}
	tag := regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>`)
	var stack []string
	rest := page
	for {
		m := tag.FindStringSubmatchIndex(rest)
		if m == nil {
			break
		}
		closing, name, selfClosing := rest[m[2]:m[3]] == "/", strings.ToLower(rest[m[4]:m[5]]), rest[m[6]:m[7]] == "/"
		line := strings.Count(page[:len(page)-len(rest)+m[0]], "\n") + 1
		rest = rest[m[1]:]
		switch {
		case closing:
			if len(stack) == 0 || stack[len(stack)-1] != name {
				t.Fatalf("line %d: </%s> closes %v", line, name, stack)
			}
			stack = stack[:len(stack)-1]
		case void[name] || selfClosing:
		case name == "script" || name == "style":
			end := strings.Index(rest, "</"+name+">")
			if end < 0 {
				t.Fatalf("line %d: <%s> is not closed", line, name)
			}
			rest = rest[end+len("</"+name+">"):]
		default:
			stack = append(stack, name)
		}
	}
	if len(stack) > 0 {
		t.Errorf("elements left open: %v", stack)
	}
}

// findChromium returns the Chromium to run the page in; the test skips
// without one, except in CI, where .ci/run installs it.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed; CI needs it to check the HTML report (.ci/run installs Debian's chromium package)")
	}
	t.Skip("chromium is not installed: apt-get install chromium to check the HTML report in a browser (with CI=true this fails)")
	return ""
}

// runChromium runs headless Chromium on url with args and its own
// profile, and returns its standard output.
func runChromium(t *testing.T, chromium, url string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	home := t.TempDir()
	args = append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(home, "profile"),
	}, append(args, url)...)
	cmd := exec.CommandContext(ctx, chromium, args...)
	cmd.Env = append(os.Environ(), "HOME="+home)
	cmd.WaitDelay = 10 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// The page renders in a real browser, offline, and its script runs: it
// makes each column header a sort button and counts each table's rows.
func TestHTMLInChromium(t *testing.T) {
	chromium := findChromium(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, []byte(writeHTML(t, sampleReport(t))), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(file)
	if !strings.HasPrefix(url, "file:///") {
		url = "file:///" + filepath.ToSlash(file) // a Windows drive letter
	}

	// A second copy of the page drives its controls as a reader would
	// and records what they showed.
	driven := filepath.Join(dir, "driven.html")
	page := strings.Replace(writeHTML(t, sampleReport(t)), "</body>", driver+"</body>", 1)
	if err := os.WriteFile(driven, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := string(runChromium(t, chromium, "file://"+filepath.ToSlash(driven), "--dump-dom"))
	results := regexp.MustCompile(`data-test="([^"]*)"`).FindStringSubmatch(dom)
	if results == nil {
		t.Fatal("the driver script did not run")
	}
	for i, want := range []string{
		"6 of 8 codes",        // problems only
		"internal_error",      // then sorted by emitted, most first
		"rate_limit_exceeded", // and by emitted again, fewest first
		"1 of 8 codes",        // and filtered on two words
		"0 of 8 codes|true",   // and on a word nothing has
		"1 of 4 endpoints",    // the endpoints filter
	} {
		if got := strings.Split(results[1], ";"); i >= len(got) || got[i] != want {
			t.Errorf("driver step %d: %q, want %q (all: %s)", i+1, got, want, results[1])
		}
	}

	// One run of the page as it opens: its DOM once the script ran, and
	// a screenshot.
	const width, height = 1280, 1800
	shot := filepath.Join(dir, "shot.png")
	dom = string(runChromium(t, chromium, url, "--dump-dom", "--hide-scrollbars", "--screenshot="+shot, fmt.Sprintf("--window-size=%d,%d", width, height)))
	for _, want := range []string{
		`data-ready="true"`,
		`id="codes-count" aria-live="polite" data-shown="8">8 codes</span>`,
		`id="endpoints-count" aria-live="polite" data-shown="4">4 endpoints</span>`,
		`id="findings-count" aria-live="polite" data-shown="6">6 findings</span>`,
		`<th scope="col"><button type="button">Code</button></th>`,
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("the DOM after the script ran lacks %s", want)
		}
	}
	// Every column header of the five tables: 7 + 7 + 5 + 3 + 4.
	if n := strings.Count(dom, `<button type="button">`); n != 26 {
		t.Errorf("%d sort buttons, want 26", n)
	}

	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != width || b.Dy() != height {
		t.Errorf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), width, height)
	}
	if n := colours(img, 64); n < 64 {
		t.Errorf("screenshot has %d colours: the page did not render", n)
	}
	if *screenshot != "" {
		if err := os.WriteFile(*screenshot, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// driver is a script that uses the page's controls, then records in
// data-test what the page showed after each step, separated by ";".
const driver = `<script>
(function () {
  "use strict";
  var out = [];
  function count(id) { return document.getElementById(id).textContent; }
  function firstCode() {
    var rows = document.querySelectorAll("#codes-table tbody tr");
    for (var i = 0; i < rows.length; i++) {
      if (!rows[i].hidden) { return rows[i].cells[0].getAttribute("data-v"); }
    }
    return "";
  }
  function set(id, value) {
    var el = document.getElementById(id);
    if (el.type === "checkbox") { el.checked = value; } else { el.value = value; }
    el.dispatchEvent(new Event("input"));
  }
  var emitted = document.querySelectorAll("#codes-table thead th")[4].querySelector("button");
  set("codes-problems", true);
  out.push(count("codes-count"));
  emitted.click();
  emitted.click();
  out.push(firstCode());
  emitted.click();
  out.push(firstCode());
  set("codes-q", " Declined  PAYMENT");
  out.push(count("codes-count"));
  set("codes-q", "nothing-has-this");
  out.push(count("codes-count") + "|" + !document.querySelector("#codes-table tr.no-match").hidden);
  set("endpoints-q", "pay");
  out.push(count("endpoints-count"));
  document.documentElement.setAttribute("data-test", out.join(";"));
})();
</script>
`

// colours counts the distinct colours of img, up to limit.
func colours(img image.Image, limit int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// A coverage figure reads 100% only when nothing is missing.
func TestHTMLPercent(t *testing.T) {
	r := &audit.Report{Coverage: audit.Coverage{Sites: 2000, ResolvedSites: 1999, CodesEmitted: 7, CodesDocumented: 7}}
	page := writeHTML(t, r)
	for _, want := range []string{">99.9%<", "1999 of 2000 emit sites", ">100%<", "7 of 7 codes"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
}
