// Package catalog loads error-code catalogs: the errcodes.yaml config, the
// catalog files it names (canonical YAML and published docs in several
// formats), and the merged, validated set of documented codes.
//
// The package has no dependency on go/analysis: the analyzer, the catalog
// commands and programs that embed a catalog all use it the same way.
package catalog

import (
	"sort"
	"strconv"
	"strings"

	"github.com/errcodes/errcodes/internal/editdist"
)

// Placeholder is the text docs use for a value nobody filled in.
const Placeholder = "?"

// An Entry is one documented occurrence of a code, as a parser finds it.
// Several entries for one code (one per endpoint, say) merge into a Code.
type Entry struct {
	Code     string // the code; "?" for a placeholder, "" when the docs give none
	Name     string // an alias the code also goes by (an enum member, a heading)
	Status   int    // HTTP status, 0 when not documented
	Messages []string

	// MoreStatuses are further HTTP statuses the entry documents for its
	// code (status: [400, 413, 414]), after Status.
	MoreStatuses []int

	Endpoints  []string
	Fields     []string // extra fields the error carries
	Required   []string // fields the docs mark required (a subset of Fields)
	Reasons    []string // sub-codes allowed with this code
	Deprecated bool
	Retryable  bool
	Pos        Pos // where the entry starts
	StatusPos  Pos // where the status was given, when not at Pos

	// StatusPlaceholder says the status is written "?": nobody decided
	// it yet (errcodes extract writes it for a code returned with
	// several statuses).
	StatusPlaceholder bool

	// GRPCStatus is the canonical gRPC code the docs give the error
	// ("NotFound"), for gRPC APIs, whose statuses are not HTTP ones.
	GRPCStatus string

	// ExampleMessages says the messages are examples or descriptions (a
	// JSON example, a Description column), not the text the API must
	// return: they are shown, but Go messages are not compared with them.
	ExampleMessages bool

	set keys // for inline entries: which keys were written (an overlay sets only those)
}

// statuses returns the HTTP statuses e documents: Status, then
// MoreStatuses.
func (e *Entry) statuses() []int {
	if e.Status == 0 {
		return nil
	}
	return append([]int{e.Status}, e.MoreStatuses...)
}

// statusList formats statuses for a message: "400", "400 or 413".
func statusList(sts []int) string {
	texts := make([]string, len(sts))
	for i, s := range sts {
		texts[i] = strconv.Itoa(s)
	}
	return strings.Join(texts, " or ")
}

// keys is a set of Entry keys, for overlays.
type keys uint16

const (
	keyName keys = 1 << iota
	keyStatus
	keyMessages
	keyEndpoints
	keyFields
	keyRequired
	keyReasons
	keyDeprecated
	keyRetryable
)

// A Code is one documented code with everything the catalog says of it.
type Code struct {
	Code       string
	Name       string
	Statuses   []int // documented HTTP statuses, in order of appearance
	Messages   []string
	Templates  []string // the messages that are the text the API returns (not examples)
	Endpoints  []string
	Fields     []string
	Required   []string
	Reasons    []string
	Deprecated bool
	Retryable  bool
	Pos        Pos // the first entry for the code
	StatusPos  Pos // where the (first) status was documented

	// StatusHole is where the status is written "?", when it is.
	StatusHole Pos

	// Where the flags and fields were documented: an overlay in
	// errcodes.yaml, say, rather than the docs page of Pos.
	DeprecatedPos, RetryablePos, FieldsPos Pos

	// GRPCStatus is the documented gRPC code ("NotFound"), if any.
	GRPCStatus string

	// ByEndpoint lists the statuses documented for each endpoint, for
	// formats that tie statuses to endpoints (OpenAPI).
	ByEndpoint []EndpointStatus

	// Everywhere are the statuses documented for the code as a whole,
	// at whatever endpoint it is returned (a YAML entry's, an inline
	// overlay's), as opposed to those of ByEndpoint, which hold at their
	// endpoint only. Statuses holds both.
	Everywhere []int
}

// EndpointStatus is a status documented for a code at one endpoint.
// Status 0 means the endpoint documents the code under no single status
// (an OpenAPI 4XX range or default response): any status may be right.
type EndpointStatus struct {
	Endpoint string
	Status   int
	Pos      Pos
}

// Status returns the documented status, or 0 when there is none.
func (c *Code) Status() int {
	if len(c.Statuses) == 0 {
		return 0
	}
	return c.Statuses[0]
}

func (c *Code) hasEndpointStatus(ep string, s int) bool {
	for _, es := range c.ByEndpoint {
		if es.Endpoint == ep && es.Status == s {
			return true
		}
	}
	return false
}

// HasStatus reports whether s is one of the documented statuses.
func (c *Code) HasStatus(s int) bool { return contains(c.Statuses, s) }

// HasEndpoint reports whether the code is documented for endpoint e.
func (c *Code) HasEndpoint(e string) bool { return contains(c.Endpoints, e) }

// A Hole is an unresolved "?" in a catalog: an entry whose code is "?"
// (Code is "?") or a code whose message is "?" (Code names it).
type Hole struct {
	Code     string // "?" for an entry whose code is unresolved
	Field    string // what is "?": "code", "message" or "status"
	Endpoint string // "" when the entry names no endpoint
	Pos      Pos
}

// A Catalog is the merged set of documented codes.
type Catalog struct {
	Codes []*Code // sorted by code
	Holes []Hole  // unresolved placeholders, in file order

	// Warnings are problems that do not stop a run but that
	// "errcodes catalog lint" reports: entries without a code, codes
	// documented with conflicting statuses, malformed examples.
	Warnings ErrorList

	// Routes maps a normalised route ("POST /orders/{}") to the endpoint
	// that serves it.
	Routes map[string]string

	// Empty are the catalog files that yield no code (a forced format
	// that finds nothing, say), each at the config line that names it.
	// They are among the Warnings too: errors for "errcodes catalog
	// lint", warnings for a run, which checks against the other files.
	Empty ErrorList

	// EndpointDocs are what the catalog documents of endpoints' failures
	// as a whole, whatever the code (swaggo's @Failure lines).
	EndpointDocs []EndpointDoc

	// RouteOf maps an endpoint to a route that serves it, as its doc
	// writes it ("PUT /v2/{name}/manifests/{reference}"), where the doc
	// gives one.
	RouteOf map[string]string

	// Named are the named catalogs (catalog: [{path: ..., name: oauth}]),
	// by name, for emitters that name one; this catalog is the default
	// one. A named catalog has no Named of its own.
	Named map[string]*Catalog

	index     map[string]*Code // by code and by name
	endpoints map[string]bool
}

// EndpointForRoute returns the endpoint a route pattern serves: the
// pattern of an http.ServeMux ("POST /orders/{id}"), or of a router that
// writes parameters as :id. Parameter names, a trailing slash and a host
// do not matter.
func (cat *Catalog) EndpointForRoute(pattern string) (string, bool) {
	ep, ok := cat.Routes[NormalizeRoute(pattern)]
	return ep, ok
}

// NormalizeRoute returns the canonical form of "METHOD /path".
func NormalizeRoute(pattern string) string {
	method, path, ok := strings.Cut(strings.TrimSpace(pattern), " ")
	if !ok {
		return ""
	}
	path = strings.TrimSpace(path)
	if i := strings.IndexByte(path, '/'); i > 0 {
		path = path[i:] // drop a host
	}
	path = strings.TrimSuffix(path, "{$}")
	segs := strings.Split(path, "/")
	for i, seg := range segs {
		if strings.HasPrefix(seg, ":") || strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
			segs[i] = "{}"
		}
	}
	path = strings.Join(segs, "/")
	if len(path) > 1 {
		path = strings.TrimSuffix(path, "/")
	}
	return strings.ToUpper(method) + " " + path
}

// isRoute reports whether an endpoint's name is "METHOD /path".
func isRoute(ep string) bool {
	method, path, ok := strings.Cut(ep, " ")
	if !ok || !strings.HasPrefix(path, "/") {
		return false
	}
	switch strings.ToUpper(method) {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS":
		return true
	}
	return false
}

// addRoutes records a doc's routes, and for each endpoint the shortest
// of them (the route as written, not under a base path), the first in
// order for a tie.
func (cat *Catalog) addRoutes(routes map[string]string) {
	for r, ep := range routes {
		if cat.Routes == nil {
			cat.Routes = make(map[string]string)
		}
		if n := NormalizeRoute(r); n != "" {
			cat.Routes[n] = ep
			if cat.RouteOf == nil {
				cat.RouteOf = make(map[string]string)
			}
			if old, ok := cat.RouteOf[ep]; !ok || len(r) < len(old) || len(r) == len(old) && r < old {
				cat.RouteOf[ep] = r
			}
		}
	}
}

// EndpointStatuses lists, for each endpoint c is documented for, the
// statuses the catalog documents for it there: those tied to that
// endpoint and those of the code as a whole. any says some are a range or
// default response, where any status may be right.
func (c *Code) EndpointStatuses() []EndpointStatuses {
	var out []EndpointStatuses
	index := make(map[string]int)
	add := func(ep string) *EndpointStatuses {
		i, ok := index[ep]
		if !ok {
			i = len(out)
			index[ep] = i
			out = append(out, EndpointStatuses{Endpoint: ep})
		}
		return &out[i]
	}
	for _, ep := range c.Endpoints {
		add(ep)
	}
	for _, es := range c.ByEndpoint {
		e := add(es.Endpoint)
		if es.Status == 0 {
			e.AnyStatus = true
		} else {
			e.Statuses = appendNew(e.Statuses, es.Status)
		}
	}
	for i := range out {
		out[i].Statuses = appendNew(out[i].Statuses, c.Everywhere...)
	}
	return out
}

// EndpointStatuses are the statuses documented for a code at one
// endpoint.
type EndpointStatuses struct {
	Endpoint  string
	Statuses  []int
	AnyStatus bool
}

// For returns the catalog an emitter naming catalog name is checked
// against: the named one, or this, the default, for "".
func (cat *Catalog) For(name string) *Catalog {
	if name == "" {
		return cat
	}
	if nc := cat.Named[name]; nc != nil {
		return nc
	}
	return cat
}

// Lookup returns the documented code c, matched by code or by alias, or nil.
func (cat *Catalog) Lookup(c string) *Code { return cat.index[c] }

// HasEndpoint reports whether the catalog documents endpoint e at all.
func (cat *Catalog) HasEndpoint(e string) bool { return cat.endpoints[e] }

// HolesFor returns the unresolved entries documented for endpoint e.
func (cat *Catalog) HolesFor(e string) []Hole {
	var hs []Hole
	for _, h := range cat.Holes {
		if h.Endpoint == e {
			hs = append(hs, h)
		}
	}
	return hs
}

// Nearest returns the documented code closest to c by edit distance, when
// exactly one is close enough to be a likely typo. Numeric codes get no
// suggestion: 1003 and 1004 are different codes, not a typo.
func (cat *Catalog) Nearest(c string) (string, bool) {
	var cands []string
	for _, code := range cat.Codes {
		cands = append(cands, code.Code, code.Name)
	}
	return NearestOf(c, cands)
}

// NearestOf returns the string of cands closest to c by edit distance,
// when exactly one is close enough to be a likely typo of it.
func NearestOf(c string, cands []string) (string, bool) {
	if isNumber(c) || len(c) < 4 {
		return "", false
	}
	limit := 2
	if len(c) < 8 {
		limit = 1
	}
	best, bestDist, ties := "", limit+1, 0
	for _, cand := range cands {
		if cand == "" || isNumber(cand) {
			continue
		}
		d := editdist.Distance(c, cand, bestDist)
		switch {
		case d < bestDist:
			best, bestDist, ties = cand, d, 0
		case d == bestDist && cand != best:
			ties++
		}
	}
	if best == "" || ties > 0 {
		return "", false
	}
	return best, true
}

func isNumber(s string) bool {
	_, err := strconv.ParseInt(s, 10, 64)
	return err == nil
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// appendNew appends the elements of add that s does not hold yet.
func appendNew[T comparable](s []T, add ...T) []T {
	for _, v := range add {
		if !contains(s, v) {
			s = append(s, v)
		}
	}
	return s
}

// A valueSet remembers the values of one slice, so that appending only the
// new values of many to a long slice costs a map look-up for each rather
// than a scan of the slice: merging n distinct messages into one code is
// linear, not quadratic. It knows the slice by its length and first
// element: handed another slice (one an overlay replaced, say), it indexes
// that one afresh.
type valueSet[K comparable] struct {
	m    map[K]struct{}
	n    int
	base any // &s[0] of the slice indexed, nil when empty
}

// smallSet is the length up to which a scan beats building a map.
const smallSet = 16

// sync makes vs the set of the n keys that key returns, for the slice of
// length n whose first element is at base, unless it is that already.
func (vs *valueSet[K]) sync(n int, base any, key func(int) K) {
	if vs.m != nil && vs.n == n && vs.base == base {
		return
	}
	vs.m = make(map[K]struct{}, n)
	for i := 0; i < n; i++ {
		vs.m[key(i)] = struct{}{}
	}
	vs.n, vs.base = n, base
}

// addKey adds k, reporting whether it was new.
func (vs *valueSet[K]) addKey(k K) bool {
	if _, ok := vs.m[k]; ok {
		return false
	}
	vs.m[k] = struct{}{}
	return true
}

// has reports whether s, the slice vs remembers, holds v.
func (vs *valueSet[K]) has(s []K, v K) bool {
	if vs.m == nil && len(s) <= smallSet {
		return contains(s, v)
	}
	vs.sync(len(s), firstElem(s), func(i int) K { return s[i] })
	_, ok := vs.m[v]
	return ok
}

// firstElem returns &s[0], or nil for an empty slice.
func firstElem[T any](s []T) any {
	if len(s) == 0 {
		return nil
	}
	return &s[0]
}

// appendNew is the package's appendNew, with vs remembering s's values.
func (vs *valueSet[K]) appendNew(s []K, add ...K) []K {
	if len(add) == 0 {
		return s
	}
	if vs.m == nil && len(s)+len(add) <= smallSet {
		return appendNew(s, add...)
	}
	vs.sync(len(s), firstElem(s), func(i int) K { return s[i] })
	for _, v := range add {
		if vs.addKey(v) {
			s = append(s, v)
		}
	}
	vs.n, vs.base = len(s), firstElem(s)
	return s
}

// A builder merges entries into a catalog.
type builder struct {
	cat    *Catalog
	errs   ErrorList
	byCode map[string]*Code
	sets   map[*Code]*codeSets
}

// codeSets index the lists of one Code as the builder merges into them.
type codeSets struct {
	statuses                                         valueSet[int]
	messages, templates, endpoints, fields, required valueSet[string]
	reasons                                          valueSet[string]
	byEndpoint                                       valueSet[endpointKey]
}

type endpointKey struct {
	endpoint string
	status   int
}

func newBuilder() *builder {
	return &builder{cat: &Catalog{}, byCode: make(map[string]*Code), sets: make(map[*Code]*codeSets)}
}

// add merges one documented entry. Conflicting statuses are an error when
// strict (canonical YAML, where each code has one status) and a warning
// otherwise (published docs, where the same code may be listed twice);
// perEndpoint says the format ties statuses to endpoints, so several
// statuses for one code are expected.
func (b *builder) add(e Entry, strict, perEndpoint bool) {
	switch e.Code {
	case "":
		b.cat.Warnings = append(b.cat.Warnings, errorf(e.Pos, "entry has no code"))
		return
	case Placeholder:
		b.addHoles(Placeholder, "code", e)
		return
	}
	msgs := e.Messages[:0:0]
	for _, m := range e.Messages {
		if m == Placeholder {
			b.addHoles(e.Code, "message", e)
			continue
		}
		msgs = append(msgs, m)
	}
	e.Messages = msgs

	c := b.byCode[e.Code]
	if c == nil {
		c = &Code{Code: e.Code, Pos: e.Pos}
		b.byCode[e.Code] = c
	}
	sets := b.setsFor(c, &e)
	if c.Name == "" {
		c.Name = e.Name
	}
	if e.StatusPlaceholder {
		b.statusHole(c, e)
	}
	if sts := e.statuses(); len(sts) > 0 {
		spos := e.StatusPos
		if !spos.IsValid() {
			spos = e.Pos
		}
		if len(c.Statuses) > 0 && !perEndpoint {
			for _, s := range sts {
				if sets.statuses.has(c.Statuses, s) {
					continue
				}
				problem := errorf(spos, "code %q has status %s here but %s at %s", e.Code, statusList(sts), statusList(c.Statuses), c.StatusPos.Short())
				if strict {
					b.errs = append(b.errs, problem)
				} else {
					b.cat.Warnings = append(b.cat.Warnings, problem)
				}
				break
			}
		}
		if len(c.Statuses) == 0 {
			c.StatusPos = spos
		}
		c.Statuses = sets.statuses.appendNew(c.Statuses, sts...)
		if !perEndpoint || len(e.Endpoints) == 0 {
			c.Everywhere = appendNew(c.Everywhere, sts...)
		}
	}
	if e.GRPCStatus != "" && c.GRPCStatus == "" {
		c.GRPCStatus = e.GRPCStatus
		if e.StatusPos.IsValid() {
			c.StatusPos = e.StatusPos
		}
	}
	if perEndpoint {
		spos := e.StatusPos
		if !spos.IsValid() {
			spos = e.Pos
		}
		if sts := e.statuses(); len(sts) > 0 {
			for _, s := range sts {
				b.addEndpointStatuses(c, sets, e.Endpoints, s, spos)
			}
		} else {
			b.addEndpointStatuses(c, sets, e.Endpoints, 0, spos)
		}
	}
	c.Messages = sets.messages.appendNew(c.Messages, e.Messages...)
	if !e.ExampleMessages {
		c.Templates = sets.templates.appendNew(c.Templates, e.Messages...)
	}
	c.Endpoints = sets.endpoints.appendNew(c.Endpoints, e.Endpoints...)
	if len(c.Fields) == 0 && len(e.Fields) > 0 {
		c.FieldsPos = e.Pos
	}
	c.Fields = sets.fields.appendNew(c.Fields, e.Fields...)
	c.Required = sets.required.appendNew(c.Required, e.Required...)
	c.Reasons = sets.reasons.appendNew(c.Reasons, e.Reasons...)
	if e.Deprecated && !c.Deprecated {
		c.Deprecated, c.DeprecatedPos = true, e.Pos
	}
	if e.Retryable && !c.Retryable {
		c.Retryable, c.RetryablePos = true, e.Pos
	}
}

// shortLists stands for the sets of a code whose lists all stay short:
// valueSet leaves it untouched, scanning the lists instead.
var shortLists codeSets

// setsFor returns the sets of c's lists, as e is merged into it. It makes
// them only for a code whose lists grow long: the others are scanned, as
// quick for a handful and without a map for each of many codes.
func (b *builder) setsFor(c *Code, e *Entry) *codeSets {
	if sets := b.sets[c]; sets != nil {
		return sets
	}
	if max(len(c.Statuses)+1, len(c.Messages)+len(e.Messages), len(c.Templates)+len(e.Messages),
		len(c.Endpoints)+len(e.Endpoints), len(c.ByEndpoint)+len(e.Endpoints), len(c.Fields)+len(e.Fields),
		len(c.Required)+len(e.Required), len(c.Reasons)+len(e.Reasons)) <= smallSet {
		return &shortLists
	}
	sets := new(codeSets)
	b.sets[c] = sets
	return sets
}

// addEndpointStatuses records status s at each of eps that c does not
// have it for yet.
func (b *builder) addEndpointStatuses(c *Code, sets *codeSets, eps []string, s int, pos Pos) {
	if len(eps) == 0 {
		return
	}
	if sets.byEndpoint.m == nil && len(c.ByEndpoint)+len(eps) <= smallSet {
		for _, ep := range eps {
			if !c.hasEndpointStatus(ep, s) {
				c.ByEndpoint = append(c.ByEndpoint, EndpointStatus{ep, s, pos})
			}
		}
		return
	}
	by := c.ByEndpoint
	sets.byEndpoint.sync(len(by), firstElem(by), func(i int) endpointKey { return endpointKey{by[i].Endpoint, by[i].Status} })
	for _, ep := range eps {
		if sets.byEndpoint.addKey(endpointKey{ep, s}) {
			c.ByEndpoint = append(c.ByEndpoint, EndpointStatus{ep, s, pos})
		}
	}
	sets.byEndpoint.n, sets.byEndpoint.base = len(c.ByEndpoint), firstElem(c.ByEndpoint)
}

// addDoc merges everything one catalog file gave: its entries, its
// warnings and its routes.
func (b *builder) addDoc(doc *Doc) {
	b.cat.Warnings = append(b.cat.Warnings, doc.Warnings...)
	b.cat.addRoutes(doc.Routes)
	for _, d := range doc.EndpointDocs {
		b.cat.addEndpointDoc(d)
	}
	for _, e := range doc.Entries {
		b.add(e, doc.Strict, doc.PerEndpoint)
	}
}

// addHoles records a "?" for each endpoint of e (or one with no endpoint).
func (b *builder) addHoles(code, field string, e Entry) {
	pos := e.Pos
	if field == "status" && e.StatusPos.IsValid() {
		pos = e.StatusPos
	}
	if len(e.Endpoints) == 0 {
		b.cat.Holes = append(b.cat.Holes, Hole{Code: code, Field: field, Pos: pos})
	}
	for _, ep := range e.Endpoints {
		b.cat.Holes = append(b.cat.Holes, Hole{Code: code, Field: field, Endpoint: ep, Pos: pos})
	}
}

// statusHole records that e writes c's status "?".
func (b *builder) statusHole(c *Code, e Entry) {
	b.addHoles(c.Code, "status", e)
	if !c.StatusHole.IsValid() {
		c.StatusHole = e.StatusPos
	}
}

// overlay applies an inline entry from errcodes.yaml: the keys it sets
// replace what the catalog files said of that code; a code the files do not
// have is added. A status is the exception: it replaces the statuses the
// files give the code as a whole, and adds to those they give it at each
// endpoint (a spec that documents 400 for an operation, with an overlay
// that allows 413 and 414 too, allows all three there).
func (b *builder) overlay(e Entry) {
	c := b.byCode[e.Code]
	if c == nil || e.Code == Placeholder {
		b.add(e, true, false)
		return
	}
	if e.set&keyName != 0 {
		c.Name = e.Name
	}
	if e.set&keyStatus != 0 {
		c.Everywhere = e.statuses()
		c.Statuses = append([]int(nil), c.Everywhere...)
		for _, es := range c.ByEndpoint {
			if es.Status != 0 {
				c.Statuses = appendNew(c.Statuses, es.Status)
			}
		}
		c.GRPCStatus = e.GRPCStatus
		c.StatusPos = e.StatusPos
		c.StatusHole = Pos{}
		if e.StatusPlaceholder {
			b.statusHole(c, e)
		}
	}
	if e.set&keyMessages != 0 {
		c.Messages = nil
		for _, m := range e.Messages {
			if m == Placeholder {
				b.addHoles(e.Code, "message", e)
				continue
			}
			c.Messages = append(c.Messages, m)
		}
		c.Templates = c.Messages
	}
	if e.set&keyEndpoints != 0 {
		c.Endpoints = e.Endpoints
	}
	if e.set&keyFields != 0 {
		c.Fields, c.FieldsPos = e.Fields, e.Pos
	}
	if e.set&keyRequired != 0 {
		c.Required, c.FieldsPos = e.Required, e.Pos
	}
	if e.set&keyReasons != 0 {
		c.Reasons = e.Reasons
	}
	if e.set&keyDeprecated != 0 {
		c.Deprecated, c.DeprecatedPos = e.Deprecated, e.Pos
	}
	if e.set&keyRetryable != 0 {
		c.Retryable, c.RetryablePos = e.Retryable, e.Pos
	}
}

// finish sorts the codes and builds the indexes.
func (b *builder) finish() (*Catalog, error) {
	cat := b.cat
	cat.Codes = make([]*Code, 0, len(b.byCode))
	for _, c := range b.byCode {
		cat.Codes = append(cat.Codes, c)
	}
	sortCodes(cat.Codes)
	cat.reindex()
	// An endpoint named as a route ("POST /orders/{id}", as OpenAPI
	// names operations without an operationId, or as a YAML catalog may)
	// is the endpoint of that route.
	for ep := range cat.endpoints {
		if isRoute(ep) {
			cat.addRoutes(map[string]string{ep: ep})
		}
	}
	cat.outliers()
	cat.Warnings.sort()
	return cat, b.errs.err()
}

// sortCodes orders numeric codes by value, before the others, which sort
// as strings.
func sortCodes(codes []*Code) {
	type key struct {
		num   int64
		isNum bool
	}
	keys := make(map[*Code]key, len(codes))
	for _, c := range codes {
		n, err := strconv.ParseInt(c.Code, 10, 64)
		keys[c] = key{n, err == nil}
	}
	sort.Slice(codes, func(i, j int) bool {
		a, b := keys[codes[i]], keys[codes[j]]
		switch {
		case a.isNum && b.isNum:
			return a.num < b.num
		case a.isNum != b.isNum:
			return a.isNum
		}
		return codes[i].Code < codes[j].Code
	})
}

// GRPCCodes are the canonical gRPC status codes, by name.
var GRPCCodes = []string{"OK", "Canceled", "Unknown", "InvalidArgument", "DeadlineExceeded", "NotFound",
	"AlreadyExists", "PermissionDenied", "ResourceExhausted", "FailedPrecondition", "Aborted",
	"OutOfRange", "Unimplemented", "Internal", "Unavailable", "DataLoss", "Unauthenticated"}

// GRPCCode returns the canonical name of a gRPC code written as its Go
// constant (NotFound) or as the protocol writes it (NOT_FOUND).
func GRPCCode(s string) (string, bool) {
	norm := strings.ReplaceAll(strings.ToLower(s), "_", "")
	if norm == "cancelled" {
		norm = "canceled"
	}
	for _, c := range GRPCCodes {
		if strings.ToLower(c) == norm {
			return c, true
		}
	}
	return "", false
}
