package analyzer

// Home is errcodes' home page.
const Home = "https://github.com/errcodes/errcodes"

// Checks is the page that documents each category under a heading of the
// category's name, whose anchor is that name: doc/checks.md.
const Checks = Home + "/blob/main/doc/checks.md"

// URL returns the address of the section of Checks with the given anchor:
// a category's documentation, for a category name. It is also what a
// go/analysis driver makes of a diagnostic's Category and Analyzer.URL.
func URL(anchor string) string { return Checks + "#" + anchor }

// DocURL returns the address of a section of one of the doc/ pages.
func DocURL(page, anchor string) string { return Home + "/blob/main/doc/" + page + "#" + anchor }

// A Category is a kind of finding: the Category of each diagnostic the
// Analyzer reports.
type Category struct {
	// Name is the diagnostic Category, stable across versions, and the
	// anchor of its section of doc/checks.md (see URL).
	Name string
	// Title says in one line what is reported: lowercase, no period, to
	// follow "errcodes reports".
	Title string
	// Doc says it in full, as doc.go lists it after the name (a test
	// keeps doc.go's list equal to this table).
	Doc string
}

// Categories are the diagnostic categories, in doc/checks.md's order.
// Adding one is a row here, its "## name" section in doc/checks.md, and
// doc.go's list (go test ./analyzer -run TestDocCategories
// -update writes that list from this table).
var Categories = []Category{
	{
		Name:  CategoryUndocumented,
		Title: "a code the catalog does not document",
		Doc: "a code the catalog does not document. When a documented code is " +
			"one or two edits away, the message names it and a suggested fix " +
			"replaces the string literal.",
	},
	{
		Name:  CategoryStatus,
		Title: "a code returned with another HTTP status than documented",
		Doc: "a code returned with an HTTP status other than the documented " +
			"one. The suggested fix writes the documented status, as a " +
			"net/http constant when the file imports net/http.",
	},
	{
		Name:  CategoryPlaceholder,
		Title: `an unresolved "?" in the code or in the catalog`,
		Doc: `a code or message "?" returned in Go code; or a code whose ` +
			`status the catalog writes "?", with the status it is returned with.`,
	},
	{
		Name:  CategoryEndpointPlaceholder,
		Title: `a handler whose endpoint the catalog documents with a "?" code`,
		Doc: `a handler marked //errcodes:endpoint NAME whose endpoint has an ` +
			`unresolved "?" entry in the catalog, with the codes the handler ` +
			`may return, so whoever writes the docs can resolve it.`,
	},
	{
		Name:  CategoryDirective,
		Title: "a malformed or stale //errcodes: directive",
		Doc: "a malformed //errcodes: directive: an ignore without a reason " +
			"(it then suppresses nothing), an endpoint outside a function's " +
			"doc comment or naming an endpoint the catalog does not have, an " +
			"unknown directive; and an ignore that suppresses no finding.",
	},
	{
		Name:  CategoryEndpoint,
		Title: "a code or failure status the endpoint's docs do not list",
		Doc: "a code a handler serving an endpoint may return, directly or " +
			"through the functions it calls, that the catalog documents only " +
			"for other endpoints; or a failure status that the endpoint's own " +
			"documentation (swaggo @Failure lines) does not list.",
	},
	{
		Name:  CategoryDeprecated,
		Title: "a deprecated code still returned",
		Doc:   "a code the catalog marks deprecated, still returned.",
	},
	{
		Name:  CategoryFields,
		Title: "a field the docs do not list for the code, or a required one left out",
		Doc: "extra fields (a map or struct literal an emitter takes) that " +
			"set one the docs do not list for the code, or leave out one " +
			"they mark required.",
	},
	{
		Name:  CategoryReason,
		Title: "a sub-code not allowed with its code",
		Doc:   "a sub-code (reason) the docs do not allow with its code.",
	},
	{
		Name:  CategoryRetryable,
		Title: "a retryable code returned without its retryable flag",
		Doc:   "a code the docs list as retryable, returned without its retryable flag.",
	},
	{
		Name:  CategoryMessage,
		Title: "a constant message that matches no documented one",
		Doc: "a constant message (a string, or fmt.Sprintf or fmt.Errorf of a " +
			"constant format) that matches no message the docs give its code. " +
			"The docs' {name} and $name placeholders and Go's printf verbs " +
			"match any text; surrounding space and a trailing period do not " +
			"count. When one message with no placeholders is documented, a " +
			"suggested fix replaces the string literal with it.",
	},
}

// LookupCategory returns the category named name, and whether there is one.
func LookupCategory(name string) (Category, bool) {
	for _, c := range Categories {
		if c.Name == name {
			return c, true
		}
	}
	return Category{}, false
}
