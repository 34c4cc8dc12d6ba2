package catalog

import (
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// A Doc is what a format's parser recovers from one catalog file.
type Doc struct {
	Entries []Entry

	// Warnings are problems that leave the rest of the file usable, such as
	// a malformed JSON example whose code and message were still read.
	Warnings ErrorList

	// PerEndpoint says the format ties statuses to endpoints (OpenAPI), so
	// a code documented with several statuses is expected, not a conflict.
	PerEndpoint bool

	// Strict says each code has exactly one status (canonical YAML), so a
	// code documented with two statuses is an error, not a warning.
	Strict bool

	// Routes maps "METHOD /path" to the endpoint that serves it, for
	// formats that know both (OpenAPI: the operationId of a path's
	// operation), so that handlers registered for a route are checked as
	// that endpoint.
	Routes map[string]string

	// EndpointDocs are what endpoints' own documentation says of their
	// failures as a whole (swaggo's @Failure lines).
	EndpointDocs []EndpointDoc

	basePaths []string // swaggo's @BasePath, for the routes of every file of a source
}

// A Format reads one family of error docs.
type Format struct {
	// Name is what `format:` in errcodes.yaml calls it.
	Name string

	// Detect reports whether a file of this name and content is in this
	// format. Formats are tried in order of Priority, lowest first.
	Detect   func(filename string, data []byte) bool
	Priority int

	// Parse reads the file. It returns an error (an ErrorList with
	// positions) when the file cannot be used at all, and never panics.
	Parse func(filename string, data []byte) (*Doc, error)
}

var formats []*Format

// register adds a format; each format file registers itself in an init
// function.
func register(f *Format) {
	formats = append(formats, f)
	sort.SliceStable(formats, func(i, j int) bool { return formats[i].Priority < formats[j].Priority })
}

// Formats returns the names of the known formats.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	sort.Strings(names)
	return names
}

func lookupFormat(name string) *Format {
	for _, f := range formats {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// DetectFormat returns the format of a catalog file, from its name and
// content, or "" when no format recognises it.
func DetectFormat(filename string, data []byte) string {
	for _, f := range formats {
		if f.Detect(filename, data) {
			return f.Name
		}
	}
	return ""
}

// ParseFile parses the content of one catalog file. format is a format's
// name, or "" to detect it.
func ParseFile(filename string, data []byte, format string) (*Doc, error) {
	data = trimBOM(data)
	var f *Format
	if format == "" {
		format = DetectFormat(filename, data)
		if format == "" {
			return nil, ErrorList{errorf(Pos{File: filename}, "cannot tell the format of this file; set format: to one of %s", strings.Join(Formats(), ", "))}
		}
	}
	f = lookupFormat(format)
	if f == nil {
		return nil, ErrorList{errorf(Pos{File: filename}, "unknown format %q; known formats: %s", format, strings.Join(Formats(), ", "))}
	}
	doc, err := safeParse(f, filename, data)
	if err != nil {
		return nil, err
	}
	if p, ok := invalidUTF8(filename, data); !ok {
		doc.Warnings = append(doc.Warnings, errorf(p, "the file is not UTF-8 (Latin-1?): its other bytes are read as U+FFFD; convert it with iconv -f latin1 -t utf-8"))
	}
	return doc, nil
}

// invalidUTF8 returns the position of the first byte of data that is not
// UTF-8, and false; or true when it all is.
func invalidUTF8(filename string, data []byte) (Pos, bool) {
	if utf8.Valid(data) {
		return Pos{}, true
	}
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return Pos{File: filename, Line: line, Col: i - start + 1}, false
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += size
	}
	return Pos{File: filename}, false
}

// safeParse runs a parser and turns a panic, which is always a bug in the
// parser, into an error naming the file rather than a crash of the run.
func safeParse(f *Format, filename string, data []byte) (doc *Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, ErrorList{wrapf(Pos{File: filename}, recovered(r), "internal error reading %s format: %v", f.Name, r)}
		}
	}()
	return f.Parse(filename, data)
}

// hasExt reports whether filename ends in one of the extensions.
func hasExt(filename string, exts ...string) bool {
	ext := strings.ToLower(filepath.Ext(filename))
	for _, e := range exts {
		if ext == e {
			return true
		}
	}
	return false
}

// lineOf returns the 1-based line of byte offset off in data.
func lineOf(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	return strings.Count(string(data[:off]), "\n") + 1
}
