// Package audit reports on a whole program at once: every code it
// returns, where, with which statuses and from which endpoints, against
// the catalog; the codes the catalog documents that nothing returns; and
// how much of the program errcodes could resolve. It is what
// "errcodes audit" prints and what "errcodes extract" builds a catalog
// from.
package audit

import "github.com/errcodes/errcodes/catalog"

// SchemaVersion is the version of the JSON report's schema. It changes
// only when a field changes meaning or is removed; fields may be added.
const SchemaVersion = 1

// A Report is the result of an audit. Its JSON form (-format=json) is
// documented in doc/audit.md; slices are never null and are sorted, so two
// runs on the same code print the same bytes.
type Report struct {
	Version  int    `json:"version"`  // SchemaVersion
	Module   string `json:"module"`   // the main module's path, "" outside a module
	Config   string `json:"config"`   // the errcodes.yaml used, relative to the root; "" when none was found
	Packages int    `json:"packages"` // packages audited

	// Dirs are the directories of the packages audited, relative to the
	// root, for baselines that record findings of some packages only.
	Dirs []string `json:"-"`

	Coverage     Coverage      `json:"coverage"`
	Codes        []*CodeReport `json:"codes"`        // by code
	Endpoints    []*Endpoint   `json:"endpoints"`    // by name, then position
	Placeholders []Placeholder `json:"placeholders"` // by position
	Findings     []Finding     `json:"findings"`     // what errcodes ./... reports, by position

	// Unresolved are the sites whose code errcodes could not resolve
	// (a parameter, a value read from a request), by position: what
	// the audit cannot see through.
	Unresolved []SiteRef `json:"unresolved"`

	// Presets are the framework presets that recognised a site, for
	// extract; Emitters the config's emitters that did.
	Presets []string `json:"presets"`

	// Warnings are problems of the config that did not stop the audit,
	// for the driver to print: an emitter that matched nothing.
	Warnings []string `json:"-"`

	cfg *catalog.Config // the config audited with, for WriteConfig

	// dir is the root relative paths are relative to (the directory
	// errcodes ran in), srcRoot the main module's directory: SARIF's
	// %SRCROOT%, so that a run from any directory writes the same log.
	dir, srcRoot string
}

// A Pos is a position in a Go file or catalog file; File is relative to
// the report's root (the directory errcodes ran in) when under it.
type Pos struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column,omitempty"`
}

// Coverage says how much of the program errcodes could see through.
type Coverage struct {
	// Sites are the places that return a code; ResolvedSites those
	// whose code errcodes resolved to constants.
	Sites         int `json:"sites"`
	ResolvedSites int `json:"resolved_sites"`

	// CodesEmitted are the distinct codes returned; CodesDocumented
	// those of them the catalog documents. CatalogCodes are the codes the
	// catalog documents, CatalogCodesEmitted those of them returned.
	CodesEmitted        int `json:"codes_emitted"`
	CodesDocumented     int `json:"codes_documented"`
	CatalogCodes        int `json:"catalog_codes"`
	CatalogCodesEmitted int `json:"catalog_codes_emitted"`

	// Endpoints are the handlers found that return some code;
	// EndpointsDocumented those whose
	// every code is documented (for their endpoint, when the catalog
	// ties codes to endpoints) with the status they return it with.
	Endpoints           int `json:"endpoints"`
	EndpointsDocumented int `json:"endpoints_documented"`
}

// Percent returns part of whole as a percentage, 100 when whole is 0.
func Percent(part, whole int) float64 {
	if whole == 0 {
		return 100
	}
	return float64(part) * 100 / float64(whole)
}

// The problems a code may have, in CodeReport.Problems.
const (
	ProblemUndocumented   = "undocumented"     // returned, but not in the catalog
	ProblemNotEmitted     = "not_emitted"      // in the catalog, but returned nowhere errcodes can see
	ProblemStatuses       = "several_statuses" // returned with more than one status
	ProblemStatusMismatch = "status_mismatch"  // returned with a status the catalog does not document
	ProblemDeprecated     = "deprecated"       // deprecated, and still returned
	ProblemPlaceholder    = "placeholder"      // documented as "?"
)

// A CodeReport is what the audit knows of one code.
type CodeReport struct {
	Code    string `json:"code"`
	Integer bool   `json:"integer,omitempty"` // an integer code, written unquoted

	Documented   bool     `json:"documented"`
	Doc          *Pos     `json:"doc,omitempty"` // where the catalog documents it
	DocStatuses  []int    `json:"doc_statuses"`  // the statuses it documents
	DocMessages  []string `json:"doc_messages"`
	DocEndpoints []string `json:"doc_endpoints"`
	Deprecated   bool     `json:"deprecated,omitempty"`

	Emitted   int           `json:"emitted"`   // sites that return it
	Sites     []SiteRef     `json:"sites"`     // the first MaxSites of them
	Statuses  []int         `json:"statuses"`  // the constant statuses it is returned with
	ByStatus  []StatusSites `json:"by_status"` // where it is returned with each
	Messages  []string      `json:"messages"`  // the constant messages it is returned with
	Endpoints []string      `json:"endpoints"` // the endpoints and handlers that may return it

	Problems []string `json:"problems"` // Problem* values, sorted
}

// MaxSites is how many sites a CodeReport lists.
const MaxSites = 5

// StatusSites counts the sites that return a code with one status.
type StatusSites struct {
	Status int     `json:"status"`
	Sites  int     `json:"sites"`
	First  SiteRef `json:"first"`
}

// A SiteRef is one site that returns a code.
type SiteRef struct {
	Pos    Pos    `json:"pos"`
	Func   string `json:"func,omitempty"` // the enclosing function
	Via    string `json:"via,omitempty"`  // the emitter, wrapper or framework call
	Status int    `json:"status,omitempty"`
}

// An Endpoint is a handler, a catalog endpoint, or both.
type Endpoint struct {
	Name     string `json:"name"`               // the catalog endpoint, else the route, else the handler
	Endpoint string `json:"endpoint,omitempty"` // the catalog endpoint
	Route    string `json:"route,omitempty"`    // "GET /orders/{id}" as registered
	Handler  string `json:"handler,omitempty"`  // pkg.Func; "" when the catalog's endpoint has no handler errcodes found
	Pos      *Pos   `json:"pos,omitempty"`

	Returns         []CodeStatus `json:"returns"`      // the codes the handler may return
	Documented      []string     `json:"documented"`   // the codes the catalog documents for the endpoint
	Undocumented    []string     `json:"undocumented"` // returned, but not documented (for this endpoint)
	FullyDocumented bool         `json:"fully_documented"`
}

// A CodeStatus is a code with the status it is returned with (0: not one
// constant).
type CodeStatus struct {
	Code   string `json:"code"`
	Status int    `json:"status,omitempty"`
}

// A Placeholder is an unresolved "?", in the catalog or in code.
type Placeholder struct {
	Pos      Pos    `json:"pos"`
	Where    string `json:"where"` // "catalog" or "code"
	Endpoint string `json:"endpoint,omitempty"`
	Message  string `json:"message"`
	// Resolve says what would resolve it: the codes the endpoint's
	// handlers return that the catalog does not document for it.
	Resolve []CodeStatus `json:"resolve"`
}

// A Finding is one diagnostic, as errcodes ./... reports it.
type Finding struct {
	Pos      Pos    `json:"pos"`
	End      *Pos   `json:"end,omitempty"`
	Category string `json:"category"`
	Message  string `json:"message"`
	Func     string `json:"func,omitempty"`  // the enclosing function, for baselines
	Cites    []Pos  `json:"cites,omitempty"` // the catalog entries it cites: its related information
}
