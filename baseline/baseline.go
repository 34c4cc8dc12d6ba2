// Package baseline records the findings a program has today, so that a
// check can report only the new ones: a team adopts errcodes without
// fixing every finding first, and the baseline only shrinks.
//
// A finding is recorded by a fingerprint that survives edits which do not
// touch it: its category, its file, its enclosing function and its
// message, with the line numbers of the catalog citations in the message
// removed ("(docs/errors.yaml:15)" becomes "(docs/errors.yaml)"). The
// finding's own line and column are not part of it, so lines moving above
// a finding, or the docs growing, do not make it new. Identical
// fingerprints in one function are counted: if the code has more of them
// than the baseline records, the extra ones, the last by position, are
// new.
//
// The file is JSON, sorted, one key a line, so that it diffs and merges
// well:
//
//	{
//	  "version": 1,
//	  "entries": [
//	    {
//	      "file": "orders/orders.go",
//	      "func": "orders.Server.Pay",
//	      "category": "undocumented",
//	      "message": "code \"order_completed\" is not in the catalog",
//	      "count": 1
//	    }
//	  ]
//	}
//
// Files are slash paths relative to the baseline file's directory.
package baseline

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
)

// Version is the version of the file format, written as "version".
const Version = 1

// A Finding is one diagnostic, as a check reports it.
type Finding struct {
	File     string // slash path relative to the baseline file's directory
	Line     int
	Column   int
	Func     string // the enclosing function, "orders.Server.Get"; "" at package level
	Category string
	Message  string

	// Cites are the catalog entries the message cites: the diagnostic's
	// related information. Their line numbers are left out of the
	// fingerprint, since they move whenever the docs are edited and the
	// finding does not.
	Cites []Cite
}

// A Cite is a catalog entry a finding cites: its file and line.
type Cite struct {
	File string
	Line int
}

// An Entry is one fingerprint recorded in a baseline, with how many
// findings have it.
type Entry struct {
	File     string `json:"file"`
	Func     string `json:"func"`
	Category string `json:"category"`
	Message  string `json:"message"` // without citation line numbers: see Finding.Cites
	Count    int    `json:"count"`

	// Line is the line the entry starts on in the baseline file; 0 for
	// an entry not loaded from a file.
	Line int `json:"-"`

	// Missing, in an entry Filter reports as stale, is how many of the
	// Count findings are gone.
	Missing int `json:"-"`
}

// A Baseline is the set of recorded findings.
type Baseline struct {
	Path    string  // the file it was loaded from, as given to Load or Parse
	Entries []Entry // sorted by file, func, category and message; one per fingerprint
}

// key is a fingerprint.
type key struct{ file, fn, category, message string }

func (e *Entry) key() key { return key{e.File, e.Func, e.Category, e.Message} }

func (f *Finding) key() key { return key{f.File, f.Func, f.Category, fingerprint(f.Message, f.Cites)} }

// fingerprint returns msg with the line of each catalog entry it cites
// left out: "documented with status 409 Conflict (docs/errors.yaml:15)"
// becomes "documented with status 409 Conflict (docs/errors.yaml)". The
// citation is found by the cited file's name and line, not by a pattern.
func fingerprint(msg string, cites []Cite) string {
	for _, c := range cites {
		name := path.Base(filepath.ToSlash(c.File))
		msg = strings.ReplaceAll(msg, fmt.Sprintf("%s:%d)", name, c.Line), name+")")
	}
	return msg
}

// An Error is a problem in a baseline file, at a line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Load reads the baseline file at path. A missing file is an error that
// satisfies errors.Is(err, fs.ErrNotExist); a malformed one an *Error
// naming its line.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse parses the content of a baseline file; name is used in errors.
// Entries with the same fingerprint (after a merge, say) are added up.
func Parse(name string, data []byte) (*Baseline, error) {
	p := &parser{name: name, data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.DisallowUnknownFields()
	b, err := p.parse()
	if err != nil {
		return nil, err
	}
	b.Path = name
	return b, nil
}

type parser struct {
	name string
	data []byte
	dec  *json.Decoder
}

// line returns the line of the byte at offset off.
func (p *parser) line(off int64) int {
	off = min(max(off, 0), int64(len(p.data)))
	return 1 + bytes.Count(p.data[:off], []byte("\n"))
}

func (p *parser) errorf(off int64, format string, args ...any) error {
	return &Error{File: p.name, Line: p.line(off), Msg: fmt.Sprintf(format, args...)}
}

// decode decodes the next value, what, into v, and returns the offset
// it starts at. The data is valid JSON by then (see parse): what can go
// wrong is a value of the wrong type, or an unknown field.
func (p *parser) decode(v any, what string) (int64, error) {
	// The decoder gives the offset of a type error from where it starts
	// reading the value: past the comma or colon before it, which it has
	// not consumed yet.
	base := p.skipSpace(p.dec.InputOffset())
	start := base
	if base < int64(len(p.data)) && (p.data[base] == ',' || p.data[base] == ':') {
		base++
		start = p.skipSpace(base)
	}
	err := p.dec.Decode(v)
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		return start, nil
	case errors.As(err, &typ):
		if typ.Field != "" {
			what = fmt.Sprintf("%q", typ.Field)
		}
		want := typ.Type.String()
		if typ.Type.Kind() == reflect.Struct {
			want = "an object"
		}
		// The offset is past the value, and maybe the spaces after it.
		off := base + typ.Offset
		for off > start && strings.IndexByte(" \t\r\n", p.data[off-1]) >= 0 {
			off--
		}
		return start, p.errorf(off-1, "%s: got a JSON %s, want %s", what, typ.Value, want)
	}
	return start, p.errorf(start, "%s", strings.TrimPrefix(err.Error(), "json: "))
}

// token reads the next token, which must be want when want is a
// delimiter, and returns it and the offset it starts at.
func (p *parser) token(want json.Delim, what string) (json.Token, int64, error) {
	off := p.skipSpace(p.dec.InputOffset())
	if off < int64(len(p.data)) && (p.data[off] == ',' || p.data[off] == ':') {
		off = p.skipSpace(off + 1)
	}
	tok, err := p.dec.Token()
	if err != nil {
		return nil, off, p.errorf(off, "%s", strings.TrimPrefix(err.Error(), "json: "))
	}
	if want != 0 && tok != want {
		return nil, off, p.errorf(off, "want %s, got %s", what, describe(tok))
	}
	return tok, off, nil
}

func (p *parser) skipSpace(off int64) int64 {
	for off < int64(len(p.data)) && strings.IndexByte(" \t\r\n", p.data[off]) >= 0 {
		off++
	}
	return off
}

func describe(tok json.Token) string {
	switch tok := tok.(type) {
	case json.Delim:
		return fmt.Sprintf("%q", tok.String())
	case string:
		return fmt.Sprintf("string %q", tok)
	case nil:
		return "null"
	}
	return fmt.Sprint(tok)
}

func (p *parser) parse() (*Baseline, error) {
	if len(bytes.TrimSpace(p.data)) == 0 {
		return nil, p.errorf(0, "empty file; want a JSON object with \"version\" and \"entries\"")
	}
	// The decoder's stream offsets are not reliable after a syntax error
	// (they count only the bytes of the values decoded), Unmarshal's are:
	// check the syntax of the whole file first.
	var v any
	if err := json.Unmarshal(p.data, &v); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return nil, p.errorf(syntax.Offset-1, "%s", syntax.Error())
		}
		return nil, p.errorf(0, "%v", err)
	}
	if _, _, err := p.token('{', `a JSON object ("{")`); err != nil {
		return nil, err
	}
	b := &Baseline{Entries: []Entry{}}
	version := 0
	byKey := make(map[key]int) // index in b.Entries
	for p.dec.More() {
		tok, keyOff, err := p.token(0, "")
		if err != nil {
			return nil, err
		}
		name, _ := tok.(string)
		switch name {
		case "version":
			off, err := p.decode(&version, `"version"`)
			if err != nil {
				return nil, err
			}
			if version != Version {
				return nil, p.errorf(off, "version %d is not supported; this errcodes reads version %d", version, Version)
			}
		case "entries":
			if _, _, err := p.token('[', `a list of entries ("[")`); err != nil {
				return nil, err
			}
			for p.dec.More() {
				var e Entry
				off, err := p.decode(&e, "entry")
				if err != nil {
					return nil, err
				}
				e.Line = p.line(off)
				if err := p.check(&e); err != nil {
					return nil, err
				}
				if i, ok := byKey[e.key()]; ok {
					b.Entries[i].Count += e.Count
					continue
				}
				byKey[e.key()] = len(b.Entries)
				b.Entries = append(b.Entries, e)
			}
			if _, _, err := p.token(']', `"]"`); err != nil {
				return nil, err
			}
		default:
			return nil, p.errorf(keyOff, "unknown key %q; want \"version\" and \"entries\"", name)
		}
	}
	if _, _, err := p.token('}', `"}"`); err != nil {
		return nil, err
	}
	if version == 0 {
		return nil, p.errorf(0, "no \"version\"; want \"version\": %d", Version)
	}
	sortEntries(b.Entries)
	return b, nil
}

// check reports an entry that could match no finding.
func (p *parser) check(e *Entry) error {
	switch {
	case e.File == "":
		return &Error{p.name, e.Line, `entry has no "file"`}
	case e.Category == "":
		return &Error{p.name, e.Line, `entry has no "category"`}
	case e.Message == "":
		return &Error{p.name, e.Line, `entry has no "message"`}
	case e.Count < 1:
		return &Error{p.name, e.Line, fmt.Sprintf(`entry has "count" %d; want 1 or more`, e.Count)}
	}
	return nil
}

func sortEntries(entries []Entry) {
	slices.SortFunc(entries, func(a, b Entry) int {
		return cmp.Or(
			strings.Compare(a.File, b.File),
			strings.Compare(a.Func, b.Func),
			strings.Compare(a.Category, b.Category),
			strings.Compare(a.Message, b.Message))
	})
}

// Filter splits findings into those the baseline does not record, fresh,
// in their order, and reports the entries whose findings are gone, stale,
// with Missing set. A fingerprint recorded n times hides the first n
// findings that have it, by position. Only entries whose file is in scope
// can be stale: scope says which files were checked (nil: all of them);
// an entry of a package not checked this time is not gone. A nil
// Baseline records nothing.
func (b *Baseline) Filter(findings []Finding, scope func(file string) bool) (fresh []Finding, stale []Entry) {
	byKey := make(map[key][]int)
	for i := range findings {
		k := findings[i].key()
		byKey[k] = append(byKey[k], i)
	}
	recorded := make(map[key]int)
	if b != nil {
		for _, e := range b.Entries {
			recorded[e.key()] += e.Count
		}
	}
	isFresh := make([]bool, len(findings))
	for k, idx := range byKey {
		slices.SortStableFunc(idx, func(i, j int) int {
			return cmp.Or(cmp.Compare(findings[i].Line, findings[j].Line), cmp.Compare(findings[i].Column, findings[j].Column))
		})
		for _, i := range idx[min(recorded[k], len(idx)):] {
			isFresh[i] = true
		}
	}
	for i, f := range findings {
		if isFresh[i] {
			fresh = append(fresh, f)
		}
	}
	if b != nil {
		for _, e := range b.Entries {
			if n := len(byKey[e.key()]); n < e.Count && (scope == nil || scope(e.File)) {
				e.Missing = e.Count - n
				stale = append(stale, e)
			}
		}
	}
	return fresh, stale
}

// Update records findings: the entries whose file is in scope (nil: all
// of them) are replaced by the findings, and those of other files are
// kept, unless a finding has the same fingerprint. It returns how many
// entries it kept.
func (b *Baseline) Update(findings []Finding, scope func(file string) bool) (kept int) {
	counts := make(map[key]int)
	var entries []Entry
	for i := range findings {
		k := findings[i].key()
		if counts[k] == 0 {
			entries = append(entries, Entry{File: k.file, Func: k.fn, Category: k.category, Message: k.message})
		}
		counts[k]++
	}
	for i := range entries {
		entries[i].Count = counts[entries[i].key()]
	}
	for _, e := range b.Entries {
		if (scope == nil || !scope(e.File)) && counts[e.key()] == 0 {
			e.Line, e.Missing = 0, 0
			entries = append(entries, e)
			kept++
		}
	}
	if entries == nil {
		entries = []Entry{}
	}
	sortEntries(entries)
	b.Entries = entries
	return kept
}

// Marshal returns the baseline in its file format: JSON, sorted, indented
// by two spaces, with a final newline.
func (b *Baseline) Marshal() []byte {
	entries := b.Entries
	if entries == nil {
		entries = []Entry{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(struct {
		Version int     `json:"version"`
		Entries []Entry `json:"entries"`
	}{Version, entries})
	if err != nil {
		panic(err) // strings and ints always encode
	}
	return buf.Bytes()
}

// Write records findings in the baseline file at path: it creates the
// file, or updates it as Update does, keeping the entries of files not in
// scope. It returns how many entries it kept. A file that does not parse
// is an error, not overwritten.
//
// path may be a symbolic link: the file it names is written. Two writes at
// once, say from two packages' jobs in CI, take turns: each reads the file
// the other wrote.
func Write(path string, findings []Finding, scope func(file string) bool) (kept int, err error) {
	path = linkTarget(path) // replace the file, not the link
	unlock, err := lockDir(filepath.Dir(path))
	if err != nil {
		return 0, err
	}
	defer unlock()
	b, err := Load(path)
	if errors.Is(err, os.ErrNotExist) {
		b, err = &Baseline{Path: path}, nil
	}
	if err != nil {
		return 0, err
	}
	kept = b.Update(findings, scope)
	return kept, writeFile(path, b.Marshal())
}

// linkTarget returns the file that path names through symbolic links,
// which need not exist yet; path itself if it is no link.
func linkTarget(path string) string {
	for range 40 { // as the kernel's limit on links followed
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			return path
		}
		target, err := os.Readlink(path)
		if err != nil {
			return path
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return path
}

// writeFile replaces the file at path with data at once, so that an
// interrupted write leaves the old baseline.
func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename, there is nothing to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
