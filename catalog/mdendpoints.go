package catalog

// Per-endpoint Markdown references: an API reference that documents each
// endpoint under its own heading, with the failures of each under status
// headings or status lines, each followed by the table of the codes the
// response may carry.
//
//	### Fetch a manifest
//
//	    GET /v2/<name>/manifests/<reference>
//
//	#### On Failure: Not Found
//
//	    404 Not Found
//	    Content-Type: application/json
//
//	| Code | Message | Description |
//	|------|---------|-------------|
//	| `MANIFEST_UNKNOWN` | manifest unknown | ... |
//
// An endpoint is a heading that names a method and a path ("### PUT
// /v2/{name}/manifests/{reference}"), a method ("### GET Manifest"), or
// whose section opens with a request line ("GET /v2/..."): its route makes
// handlers registered for it that endpoint. A status comes from a heading
// ("#### On Failure: Bad Request", "#### 404 Not Found") or from a status
// line opening a code block or paragraph ("400 Bad Request", "HTTP/1.1 409
// Conflict"). Codes of a table are documented for the endpoint and status
// of the sections it sits in; a heading that is neither says nothing of
// endpoints, so a page of codes grouped by status names none.

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// An mdtSection is a heading and what it says, while its section lasts.
type mdtSection struct {
	level    int
	title    string
	endpoint string // the endpoint the section documents, "" if none
	method   bool   // the title names a method: an endpoint once its route is known, or on its own
	named    string // for a method heading, the endpoint a request line under it opened
	status   int    // the status of its responses, 0 if none or unknown
	isStatus bool   // a status heading ("On Failure: ..."), even of an unknown status
	stPos    Pos    // where status was given
	tables   int    // code tables seen in the section
}

var (
	mdeMethods  = `GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS`
	mdeRouteRE  = lazyRegexp(`\b(` + mdeMethods + `)\s+` + "`?" + `((?:https?://[^/\s]+)?/[^\s` + "`" + `]*)`)
	mdeRequest  = lazyRegexp(`^(?i:(?:endpoint|request|http request|route|url)\s*:\s*)?(` + mdeMethods + `)\s+((?:https?://[^/\s]+)?/[^\s?#]*)(?:[?#].*?)?(?:\s+HTTP/[0-9.]+)?$`)
	mdeMethodRE = lazyRegexp(`^(?:` + mdeMethods + `)\s+[A-Z0-9]`) // "GET Manifest", not "POST requests"
	mdeOnRE     = lazyRegexp(`(?i)^on\s+(?:failure|error|success)s?\b\s*[:\-\x{2013}\x{2014}]?\s*(.*)$`)
	mdeStatusRE = lazyRegexp(`^(?i:(?:http\s+)?(?:status|response)(?:\s+code)?\s*:?\s*)?(?:HTTP(?:/[0-9.]+)?\s+)?([1-5][0-9][0-9])((?:\s+[A-Z][A-Za-z']*(?:-[A-Za-z]+)*)*)\.?$`)
	mdeParamRE  = lazyRegexp(`<([A-Za-z_][\w.-]*)>`)
)

// mdeStatusText maps "bad request" to 400, for the statuses net/http names.
var mdeStatusText = func() map[string]int {
	m := make(map[string]int)
	for s := 100; s < 600; s++ {
		if t := http.StatusText(s); t != "" {
			m[strings.ToLower(t)] = s
		}
	}
	return m
}()

// mdeStatus reads a status from a status heading's name or a status line:
// "400", "400 Bad Request", "HTTP/1.1 400 Bad Request", "Bad Request".
// The words after the number are capitalised, as a reason phrase is:
// "404 errors are rare" is prose, not a status line.
func mdeStatus(s string) (int, bool) {
	s = mdeUnmark(s)
	if m := mdeStatusRE.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, true
	}
	n, ok := mdeStatusText[strings.ToLower(strings.TrimSuffix(s, "."))]
	return n, ok
}

// mdeUnmark drops the emphasis and code span marks of a line.
func mdeUnmark(s string) string {
	return strings.TrimSpace(strings.NewReplacer("`", "", "**", "", "__", "").Replace(s))
}

// mdeRoute returns "METHOD /path" for a method and a path as docs write
// it: <param> becomes {param}, the query and a trailing period go.
func mdeRoute(method, path string) string {
	path = strings.TrimRight(path, ".,;:)")
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	if i := strings.Index(path, "://"); i >= 0 && !strings.HasPrefix(path, "/") {
		rest := path[i+3:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			return ""
		}
		path = rest[j:]
	}
	path = mdeParamRE.ReplaceAllString(path, "{$1}")
	return strings.ToUpper(method) + " " + path
}

// heading opens a section.
func (p *mdtParser) heading(n *ast.Heading) {
	for len(p.sections) > 0 && p.sections[len(p.sections)-1].level >= n.Level {
		p.sections = p.sections[:len(p.sections)-1]
	}
	raw := strings.TrimSpace(mdtLinesText(n.Lines(), p.data, " "))
	title := mdtPlain(n, p.data)
	s := &mdtSection{level: n.Level, title: title}
	pos := Pos{File: p.file, Line: p.nodeLine(n)}
	plain := mdeUnmark(raw)
	switch {
	case mdeOnRE.MatchString(plain):
		s.isStatus = true
		rest := mdeOnRE.FindStringSubmatch(plain)[1]
		if st, ok := mdeStatus(rest); ok {
			s.status, s.stPos = st, pos
		}
	case mdeStatusRE.MatchString(plain):
		s.isStatus = true
		s.status, _ = mdeStatus(plain)
		s.stPos = pos
	default:
		if st, ok := mdeStatusText[strings.ToLower(plain)]; ok && st >= 400 {
			s.isStatus, s.status, s.stPos = true, st, pos
		} else if m := mdeRouteRE.FindStringSubmatch(plain); m != nil {
			s.endpoint = p.endpointFor(title, mdeRoute(m[1], m[2]), true)
		} else if mdeMethodRE.MatchString(plain) {
			s.method = true
		}
	}
	p.sections = append(p.sections, s)
}

// endpointFor names the endpoint of a section titled title that serves
// route, and records the route. A route already seen keeps the name it
// was first given; fromHeading says the title is the route itself.
func (p *mdtParser) endpointFor(title, route string, fromHeading bool) string {
	if route == "" || NormalizeRoute(route) == "" {
		return ""
	}
	norm := NormalizeRoute(route)
	if ep, ok := p.routeNames[norm]; ok {
		return ep
	}
	name := title
	if fromHeading || name == "" {
		name = route
	}
	if other, ok := p.nameRoutes[name]; ok && other != norm {
		name = title + " (" + route + ")"
	}
	if p.routeNames == nil {
		p.routeNames, p.nameRoutes, p.routes = make(map[string]string), make(map[string]string), make(map[string]string)
	}
	p.routeNames[norm], p.nameRoutes[name] = name, norm
	p.routes[route] = name
	return name
}

// block reads the first line of a code block or paragraph: a request line
// makes the section an endpoint; a status line gives the status of the
// responses documented below it.
func (p *mdtParser) block(first string, line int) {
	first = mdeUnmark(first)
	if len(p.sections) == 0 || first == "" {
		return
	}
	s := p.sections[len(p.sections)-1]
	if m := mdeRequest.FindStringSubmatch(first); m != nil {
		if s.endpoint == "" && !s.isStatus && s.tables == 0 && p.inStatus() == nil && p.endpointAbove() == "" {
			ms := p.methodSection()
			s.endpoint = p.endpointFor(ms.title, mdeRoute(m[1], m[2]), false)
			if ms.method && ms.named == "" {
				ms.named = s.endpoint
			}
		}
		return
	}
	if st, ok := mdeStatus(first); ok && mdeStatusRE.MatchString(first) {
		s.status, s.stPos, s.isStatus = st, Pos{File: p.file, Line: line}, true
	}
}

// endpointAbove returns the endpoint of an enclosing section, if any: a
// request line under it is an example, not another endpoint.
func (p *mdtParser) endpointAbove() string {
	for _, s := range p.sections {
		if s.endpoint != "" {
			return s.endpoint
		}
	}
	return ""
}

// methodSection returns the section whose title names the endpoint a
// request line opens: the innermost heading that names a method ("POST
// Initiate Blob Upload" over "Monolithic upload"), else the current one.
func (p *mdtParser) methodSection() *mdtSection {
	for i := len(p.sections) - 1; i >= 0; i-- {
		if p.sections[i].method {
			return p.sections[i]
		}
	}
	return p.sections[len(p.sections)-1]
}

// inStatus returns the innermost section that gives a status, or nil.
func (p *mdtParser) inStatus() *mdtSection {
	for i := len(p.sections) - 1; i >= 0; i-- {
		if p.sections[i].isStatus {
			return p.sections[i]
		}
	}
	return nil
}

// scope returns the endpoint and status the sections give a code table
// that starts now; status is 0 when none is given.
func (p *mdtParser) scope() (endpoint string, status int, stPos Pos, inStatus bool) {
	if s := p.inStatus(); s != nil {
		status, stPos, inStatus = s.status, s.stPos, true
	}
	for i := len(p.sections) - 1; i >= 0; i-- {
		s := p.sections[i]
		if s.endpoint != "" {
			return s.endpoint, status, stPos, inStatus
		}
		if s.method && !s.isStatus {
			// A method heading: the endpoint a request line under it
			// opened, else its title, with no route.
			if s.named != "" {
				return s.named, status, stPos, inStatus
			}
			return s.title, status, stPos, inStatus
		}
	}
	return "", status, stPos, inStatus
}
