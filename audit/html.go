package audit

import (
	_ "embed" // the page's template, style sheet and script
	"fmt"
	"html/template"
	"io"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The page's template, style sheet and script, inlined into every page
// so that it works from a file, offline, and loads nothing.
var (
	//go:embed html/report.html.tmpl
	htmlTemplate string
	//go:embed html/report.css
	htmlCSS string
	//go:embed html/report.js
	htmlJS string
)

// htmlPage parses the page's template on first use: the errcodes binary
// also runs under go vet, once per package, where it must start fast.
var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{
		"pos":          htmlPos,
		"posWraps":     func(p Pos) template.HTML { return htmlBreakAfter(htmlPos(p), "/", true) },
		"path":         func(s string) template.HTML { return htmlBreakAfter(s, "/", true) },
		"qualified":    func(s string) template.HTML { return htmlBreakAfter(s, ".", false) },
		"status":       htmlStatus,
		"problemLabel": func(p string) string { return strings.ReplaceAll(p, "_", " ") },
		"contains":     slices.Contains[[]int],
		"hasString":    slices.Contains[[]string],
		"minus":        func(a, b int) int { return a - b },
	}).Parse(htmlTemplate))
})

// WriteHTML writes r as one self-contained HTML page: coverage figures, a
// chart of documented against returned codes, the codes and endpoints as
// tables that sort and filter, the placeholders and the findings. The
// page inlines its style and script and refers to no other resource; it
// reads well without script, which only sorts and filters. The output
// depends only on r.
func WriteHTML(w io.Writer, r *Report) error {
	return htmlPage().Execute(w, newHTMLView(r))
}

// htmlView is what the template renders.
type htmlView struct {
	*Report
	Title string
	Cards []htmlCard
	Chart htmlChart
	CSS   template.CSS
	JS    template.JS
}

// An htmlCard is one coverage figure.
type htmlCard struct {
	Title   string
	Percent string  // "92.9%"
	Width   float64 // of the meter, 0 to 100
	Tone    string  // good, warn or bad
	Detail  string  // "13 of 14 emit sites"
}

// An htmlChart is a bar chart of the codes, as inline SVG; its
// coordinates are SVG user units, and the SVG scales to its box.
type htmlChart struct {
	W, H  int
	Total int // codes the catalog documents or the program returns
	Bars  []htmlBar
	Label string // the chart's text alternative
}

// An htmlBar is one bar of the chart: a track of width TrackW from X,
// filled to W.
type htmlBar struct {
	Label  string
	Count  int
	Class  string
	X, Y   int
	TrackW int
	BarH   int
	TextY  int
	W      float64
	CountX float64
}

// newHTMLView lays out r's figures and chart for the template.
func newHTMLView(r *Report) *htmlView {
	c := r.Coverage
	v := &htmlView{
		Report: r,
		Title:  "errcodes audit",
		CSS:    template.CSS(htmlCSS),
		JS:     template.JS(htmlJS),
	}
	if r.Module != "" {
		v.Title += " of " + r.Module
	}
	v.Cards = []htmlCard{
		newHTMLCard("Emit sites resolved", c.ResolvedSites, c.Sites, "emit sites resolved to constant codes"),
		newHTMLCard("Returned codes documented", c.CodesDocumented, c.CodesEmitted, "codes returned are in the catalog"),
		newHTMLCard("Endpoints fully documented", c.EndpointsDocumented, c.Endpoints, "endpoints document every code they return"),
	}

	both := c.CatalogCodesEmitted
	docOnly := max(c.CatalogCodes-c.CatalogCodesEmitted, 0)
	undoc := max(c.CodesEmitted-c.CodesDocumented, 0)
	const (
		labelW = 168 // the labels' column
		trackW = 230
		rowH   = 34
		barH   = 20
	)
	ch := htmlChart{W: labelW + trackW + 42, H: 3*rowH - (rowH - barH), Total: both + docOnly + undoc}
	for i, b := range []htmlBar{
		{Label: "Documented and returned", Count: both, Class: "both"},
		{Label: "Documented, not returned", Count: docOnly, Class: "doc-only"},
		{Label: "Returned, undocumented", Count: undoc, Class: "undoc"},
	} {
		b.X, b.Y, b.TrackW, b.BarH = labelW, i*rowH, trackW, barH
		b.TextY = b.Y + barH/2 + 4
		if ch.Total > 0 {
			b.W = float64(trackW) * float64(b.Count) / float64(ch.Total)
		}
		b.CountX = float64(labelW) + max(b.W, 0) + 8
		ch.Bars = append(ch.Bars, b)
	}
	ch.Label = fmt.Sprintf("Of %d codes: %d documented and returned, %d documented but not returned, %d returned but undocumented.",
		ch.Total, both, docOnly, undoc)
	v.Chart = ch
	return v
}

// newHTMLCard returns the card of part out of whole. Its percentage has
// one decimal, and is 100% only when part is all of them.
func newHTMLCard(title string, part, whole int, what string) htmlCard {
	p := math.Round(Percent(part, whole)*10) / 10
	if p == 100 && part < whole {
		p = 99.9
	}
	tone := "bad"
	switch {
	case p >= 90:
		tone = "good"
	case p >= 60:
		tone = "warn"
	}
	return htmlCard{
		Title:   title,
		Percent: strings.TrimSuffix(strconv.FormatFloat(p, 'f', 1, 64), ".0") + "%",
		Width:   p,
		Tone:    tone,
		Detail:  fmt.Sprintf("%d of %d %s", part, whole, what),
	}
}

// htmlPos returns p as file:line:col, or file:line without a column.
func htmlPos(p Pos) string {
	s := p.File + ":" + strconv.Itoa(p.Line)
	if p.Column > 0 {
		s += ":" + strconv.Itoa(p.Column)
	}
	return s
}

// htmlBreakAfter returns s as HTML that may wrap after the first or
// last sep only, so that long paths and qualified names neither widen a
// table beyond the page nor break at every dot.
func htmlBreakAfter(s, sep string, last bool) template.HTML {
	i := strings.Index(s, sep)
	if last {
		i = strings.LastIndex(s, sep)
	}
	if i < 0 || i+len(sep) == len(s) {
		return template.HTML(template.HTMLEscapeString(s))
	}
	i += len(sep)
	return template.HTML(template.HTMLEscapeString(s[:i]) + "<wbr>" + template.HTMLEscapeString(s[i:]))
}

// htmlStatus returns an HTTP status with its name, "409 Conflict"; 0 is
// a status errcodes could not resolve.
func htmlStatus(status int) string {
	if status == 0 {
		return "not constant"
	}
	if t := http.StatusText(status); t != "" {
		return strconv.Itoa(status) + " " + t
	}
	return strconv.Itoa(status)
}
