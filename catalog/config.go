package catalog

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ConfigName is the name of the config file errcodes looks for.
const ConfigName = "errcodes.yaml"

// A Config is a parsed errcodes.yaml.
type Config struct {
	File     string    // the config file's path as it was given
	Version  int       // always 1 for a valid config
	Sources  []Source  // catalog files, in the order written
	Codes    []Entry   // inline entries; they overlay the catalog files
	Emitters []Emitter // how the codebase returns a code

	// Presets are the frameworks whose error responses errcodes
	// recognises by type, without emitters: nil means all of them (each
	// matches only code that uses its framework), empty means none.
	Presets []string

	data []byte // the file's content, for Fingerprint

	// ReadFile reads a catalog file; nil means os.ReadFile. Programs
	// that embed a catalog set it to read from their embedded files.
	ReadFile func(name string) ([]byte, error)
}

// A Source is a catalog file named in the config.
type Source struct {
	Path   string // as written, relative to the config file
	Format string // a format's name, or "" to detect it
	Pos    Pos

	// Name is the catalog the file belongs to: "" for the default
	// catalog (with the inline codes, which the presets use), or a name
	// an emitter gives (catalog: oauth) to be checked against it.
	Name string
}

// A Role is what an emitter argument or field carries.
type Role string

// The roles an emitter maps.
const (
	RoleCode      Role = "code"
	RoleStatus    Role = "status"
	RoleMessage   Role = "message"
	RoleFields    Role = "fields"    // a map or struct literal of extra fields
	RoleReason    Role = "reason"    // a sub-code
	RoleRetryable Role = "retryable" // a bool flag

	// RoleError is an argument that holds code-carrying values (errors
	// an emitter made) rather than a code: a writer such as
	// WriteJSON(w, status, errs), whose call supplies the other roles.
	RoleError Role = "error"
)

// Roles lists the roles in the order the config documents them.
var Roles = []Role{RoleCode, RoleStatus, RoleMessage, RoleFields, RoleReason, RoleRetryable, RoleError}

// An Arg says where a role's value is: an argument index (Name is ""), a
// parameter name, or, for type emitters, a field name; or, with Fixed, a
// constant the emitter always gives the role ({value: 400}).
type Arg struct {
	Index int
	Name  string
	Pos   Pos

	// Fixed says the role is Value, whatever the call passes: an
	// emitter's fixed status or code.
	Fixed bool
	Value ArgValue
}

// An ArgValue is the constant of a fixed role: a string, an integer or a
// bool, as the YAML scalar says.
type ArgValue struct {
	Kind string // "string", "int" or "bool"
	Text string // as written; an int in decimal
}

func (a Arg) String() string {
	if a.Fixed {
		return "{value: " + a.Value.Text + "}"
	}
	if a.Name != "" {
		return a.Name
	}
	return fmt.Sprint(a.Index)
}

// An Emitter is a function, method or struct type through which the
// codebase returns an error code.
type Emitter struct {
	// Func is a function or method as pkgpath.Func or pkgpath.Type.Method
	// (a (*pkgpath.Type).Method spelling is normalised to the latter);
	// Type is a struct type as pkgpath.Type. Exactly one is set.
	Func string
	Type string
	Args map[Role]Arg
	Pos  Pos

	// Catalog names the catalog its codes are checked against: "" for
	// the default one.
	Catalog    string
	catalogPos Pos
}

// Name returns the emitter's function or type.
func (e *Emitter) Name() string {
	if e.Func != "" {
		return e.Func
	}
	return e.Type
}

// Packages returns the import paths that may define the emitter. A path
// can itself contain dots (gopkg.in/yaml.v3), so the split between package
// and name is only known once a package of that path is seen.
func (e *Emitter) Packages() []string {
	name, maxParts := e.Func, 2
	if name == "" {
		name, maxParts = e.Type, 1
	}
	slash := strings.LastIndexByte(name, '/') + 1
	var pkgs []string
	for i := len(name) - 1; i >= slash; i-- {
		if name[i] != '.' {
			continue
		}
		if strings.Count(name[i+1:], ".") >= maxParts {
			break
		}
		pkgs = append(pkgs, name[:i])
	}
	return pkgs
}

// Member returns the part of the emitter's name after package path pkg:
// "Func", "Type" or "Type.Method", or "" if pkg is not one of Packages.
func (e *Emitter) Member(pkg string) string {
	if rest, ok := strings.CutPrefix(e.Name(), pkg+"."); ok {
		for _, p := range e.Packages() {
			if p == pkg {
				return rest
			}
		}
	}
	return ""
}

// FindConfig returns the errcodes.yaml nearest to dir, walking up to the
// file system root, or "" when there is none.
func FindConfig(dir string) string {
	for {
		p := filepath.Join(dir, ConfigName)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// LoadConfig reads and validates the config file at path, and checks that
// the catalog files it names exist. It does not read them: see
// Config.LoadCatalog.
func LoadConfig(path string) (*Config, error) {
	return loadConfig(path, readFile, func(name string) error { _, err := os.Stat(name); return err }, "")
}

// loadConfig reads and parses the config file name with readFile, and
// checks with stat that the catalog files it names exist; hint ends the
// message of one that does not.
func loadConfig(name string, readFile func(string) ([]byte, error), stat func(string) error, hint string) (*Config, error) {
	data, err := readFile(name)
	if err != nil {
		return nil, ErrorList{wrapf(Pos{File: name}, err, "%v", unwrapPathError(err))}
	}
	cfg, err := ParseConfig(name, data)
	errs := appendErr(nil, err)
	for _, src := range cfg.Sources {
		name := cfg.SourcePath(src)
		if src.Format == SwaggoFormat {
			name = swaggoStatPath(name)
		}
		if err := stat(name); err != nil {
			errs = append(errs, wrapf(src.Pos, err, "catalog file %s: %v%s", src.Path, unwrapPathError(err), hint))
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// LoadConfigFS reads the config file name, and later its catalog files,
// from fsys: for a program that embeds its catalog (go:embed), such as a
// Bazel nogo analyzer, which has no file access. Paths in fsys are
// slash-separated; catalog paths are relative to the config's directory.
func LoadConfigFS(fsys fs.FS, name string) (*Config, error) {
	clean := func(p string) string { return path.Clean(filepath.ToSlash(p)) }
	cfg, err := loadConfig(name,
		func(p string) ([]byte, error) { return fs.ReadFile(fsys, clean(p)) },
		func(p string) error { _, err := fs.Stat(fsys, clean(p)); return err },
		" (embed it with the config)")
	if err != nil {
		return nil, err
	}
	cfg.ReadFile = func(p string) ([]byte, error) { return fs.ReadFile(fsys, clean(p)) }
	return cfg, nil
}

// unwrapPathError drops the path from an fs.PathError, which the message
// names already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return errors.New("no such file")
		}
		return pe.Err
	}
	return err
}

// SourcePath returns the path of a catalog file: relative to the config's
// directory, unless absolute.
func (c *Config) SourcePath(src Source) string {
	if filepath.IsAbs(src.Path) || c.File == "" {
		return src.Path
	}
	return filepath.Join(filepath.Dir(c.File), src.Path)
}

func (c *Config) readFile(name string) ([]byte, error) {
	if c.ReadFile != nil {
		return c.ReadFile(name)
	}
	return readFile(name)
}

// LoadCatalog reads the catalog files, merges them, and overlays the
// inline codes. Every problem in every file is in the returned ErrorList.
func (c *Config) LoadCatalog() (*Catalog, error) {
	b := newBuilder()
	named := make(map[string]*builder)
	builderOf := func(src Source) *builder {
		if src.Name == "" {
			return b
		}
		if named[src.Name] == nil {
			named[src.Name] = newBuilder()
		}
		return named[src.Name]
	}
	var errs ErrorList
	var swaggoDocs []*Doc
	for _, src := range c.Sources {
		name := c.SourcePath(src)
		if src.Format == SwaggoFormat {
			docs, err := c.loadSwaggo(src)
			errs = appendErr(errs, err)
			swaggoDocs = append(swaggoDocs, docs...)
			continue
		}
		data, err := c.readFile(name)
		if err != nil {
			errs = append(errs, wrapf(src.Pos, err, "catalog file %s: %v", src.Path, unwrapPathError(err)))
			continue
		}
		format := src.Format
		if format == "" {
			if format = DetectFormat(name, trimBOM(data)); format == "" {
				errs = append(errs, errorf(src.Pos, "cannot tell the format of catalog file %s; set format: to one of %s", src.Path, strings.Join(Formats(), ", ")))
				continue
			}
		}
		doc, err := ParseFile(name, data, format)
		if err != nil {
			errs = appendErr(errs, err)
			continue
		}
		if !doc.yieldsCode() {
			b.cat.Empty = append(b.cat.Empty, emptySource(src, format))
		}
		builderOf(src).addDoc(doc)
	}
	// A @BasePath, which swag reads from main's doc comment, prefixes the
	// routes of every swaggo source.
	withBasePaths(swaggoDocs)
	for _, doc := range swaggoDocs {
		b.addDoc(doc)
	}
	b.cat.Warnings = append(b.cat.Warnings, b.cat.Empty...)
	// Inline entries overlay the files: each key written replaces what the
	// files said. A code written twice inline merges like a file's entries
	// (ParseConfig already rejected conflicting statuses).
	inline := make(map[string]bool)
	for _, e := range c.Codes {
		if inline[e.Code] {
			b.add(e, true, false)
			continue
		}
		inline[e.Code] = true
		b.overlay(e)
	}
	cat, err := b.finish()
	errs = appendErr(errs, err)
	for _, n := range c.CatalogNames() {
		if named[n] == nil {
			named[n] = newBuilder()
		}
		nc, err := named[n].finish()
		errs = appendErr(errs, err)
		if cat.Named == nil {
			cat.Named = make(map[string]*Catalog)
		}
		cat.Named[n] = nc
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return cat, nil
}

// loadSwaggo reads the Go files of a swaggo source.
func (c *Config) loadSwaggo(src Source) ([]*Doc, error) {
	if c.ReadFile != nil {
		return nil, ErrorList{errorf(src.Pos, "catalog source %s: a swaggo source is read from the file system, not from an embedded config", src.Path)}
	}
	files, err := swaggoFiles(c.SourcePath(src))
	if err != nil {
		return nil, ErrorList{wrapf(src.Pos, err, "catalog source %s: %v", src.Path, unwrapPathError(err))}
	}
	var docs []*Doc
	var errs ErrorList
	for _, f := range files {
		data, err := readFile(f)
		if err != nil {
			errs = append(errs, wrapf(src.Pos, err, "catalog source %s: %v", f, unwrapPathError(err)))
			continue
		}
		doc, err := ParseSwaggo(f, data)
		if err != nil {
			errs = appendErr(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	found := 0
	for _, d := range docs {
		found += len(d.Routes) + len(d.basePaths)
	}
	if found == 0 && len(errs) == 0 {
		errs = append(errs, errorf(src.Pos, "catalog source %s: none of its %d Go files has a @Router or @BasePath annotation", src.Path, len(files)))
	}
	return docs, errs.err()
}

// appendErr appends err, flattening an ErrorList.
func appendErr(errs ErrorList, err error) ErrorList {
	if err == nil {
		return errs
	}
	var l ErrorList
	if errors.As(err, &l) {
		return append(errs, l...)
	}
	return append(errs, &Error{Msg: err.Error(), Err: err})
}

// Fingerprint returns a hash of the config and of every catalog file it
// names, so that a build system can tell when a result computed with this
// config is stale. A missing file hashes as missing.
func (c *Config) Fingerprint() []byte {
	h := sha256.New()
	fmt.Fprintf(h, "config %s %d\n", c.File, len(c.data))
	h.Write(c.data)
	for _, src := range c.Sources {
		name := c.SourcePath(src)
		if src.Format == SwaggoFormat {
			files, _ := swaggoFiles(name)
			fmt.Fprintf(h, "swaggo source %s %d\n", name, len(files))
			for _, f := range files {
				data, err := readFile(f)
				fmt.Fprintf(h, "file %s %d %v\n", f, len(data), err != nil)
				h.Write(data)
			}
			continue
		}
		data, err := c.readFile(name)
		if err != nil {
			fmt.Fprintf(h, "source %s missing\n", name)
			continue
		}
		fmt.Fprintf(h, "source %s %s %d\n", name, src.Format, len(data))
		h.Write(data)
	}
	return h.Sum(nil)
}

var configKeys = []string{"version", "catalog", "codes", "emitters", "presets"}

// PresetNames are the presets errcodes knows, in the order the analyzer
// tries them. Each is one file, analyzer/preset_<name>.go, that registers
// it; the analyzer's TestPresetRegistry and TestSchemaPresets keep this
// list, the registry and errcodes.schema.json's enum the same.
var PresetNames = []string{"nethttp", "json", "gin", "echo", "chi", "fiber", "grpc"}

// ParseConfig parses and validates the content of an errcodes.yaml.
// filename is used in positions and to resolve catalog paths. With an
// error it still returns what it could read, so that further problems
// (missing catalog files) are reported with the first.
func ParseConfig(filename string, data []byte) (*Config, error) {
	data = trimBOM(data)
	d := &yamlDecoder{file: filename}
	cfg := &Config{File: filename, data: data}
	root := d.parse(data)
	if root == nil {
		return cfg, d.errs.err()
	}
	hasVersion := false
	d.mapping(root, "errcodes.yaml", configKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "version":
			hasVersion = true
			d.version(k, v)
			cfg.Version = 1
		case "catalog":
			cfg.Sources = d.sources(k, v)
		case "codes":
			cfg.Codes = d.entries(v)
		case "emitters":
			cfg.Emitters = d.emitters(v)
		case "presets":
			cfg.Presets = []string{}
			if v.Kind != yaml.SequenceNode {
				d.errorf(k, "presets must be a list of names (%s), not %s", strings.Join(PresetNames, ", "), kind(v))
				break
			}
			for _, p := range d.strings(k, v) {
				if !contains(PresetNames, p) {
					d.errorf(k, "unknown preset %q (known: %s)", p, strings.Join(PresetNames, ", "))
					continue
				}
				cfg.Presets = append(cfg.Presets, p)
			}
		}
	})
	if !hasVersion && root.Kind == yaml.MappingNode {
		d.errorf(root, "missing required key version (add \"version: 1\")")
	}
	names := cfg.CatalogNames()
	for _, e := range cfg.Emitters {
		if e.Catalog != "" && !contains(names, e.Catalog) {
			if len(names) == 0 {
				d.errors(e.catalogPos, "emitter %s names catalog %q, but no catalog file has a name (write {path: ..., name: %s})", e.Name(), e.Catalog, e.Catalog)
			} else {
				d.errors(e.catalogPos, "emitter %s names catalog %q, which no catalog file has (named: %s)", e.Name(), e.Catalog, strings.Join(names, ", "))
			}
		}
	}
	return cfg, d.errs.err()
}

// CatalogNames returns the names of the named catalogs, in the order the
// config first gives each.
func (c *Config) CatalogNames() []string {
	var names []string
	for _, src := range c.Sources {
		if src.Name != "" {
			names = appendNew(names, src.Name)
		}
	}
	return names
}

// sources decodes the catalog: list; each item is a path or a mapping
// {path, format}.
func (d *yamlDecoder) sources(k, v *yaml.Node) []Source {
	var items []*yaml.Node
	switch v.Kind {
	case yaml.ScalarNode:
		items = []*yaml.Node{v}
	case yaml.SequenceNode:
		items = v.Content
	default:
		d.errorf(k, "catalog must be a list of files, not %s", kind(v))
		return nil
	}
	var out []Source
	for _, item := range items {
		item = deref(item)
		src := Source{Pos: d.pos(item)}
		if item.Kind == yaml.MappingNode {
			hasPath := false
			d.mapping(item, "catalog entry", []string{"path", "format", "name"}, func(key string, k, v *yaml.Node) {
				switch key {
				case "name":
					if n, ok := d.str(k, v); ok {
						if !identRE.MatchString(n) {
							d.errorf(v, "catalog name %q is not an identifier (letters, digits and _)", n)
						}
						src.Name = n
					}
				case "path":
					src.Path, hasPath = d.str(k, v)
				case "format":
					if f, ok := d.str(k, v); ok {
						if lookupFormat(f) == nil && f != SwaggoFormat {
							d.errorf(v, "unknown format %q; known formats: %s", f, strings.Join(Formats(), ", "))
						}
						src.Format = f
					}
				}
			})
			if !hasPath {
				d.errorf(item, "catalog entry has no path")
				continue
			}
		} else if p, ok := d.str(&yaml.Node{Value: "catalog"}, item); ok {
			src.Path = p
		}
		if strings.TrimSpace(src.Path) == "" {
			continue
		}
		out = append(out, src)
	}
	return out
}

var (
	ident      = `[\p{L}_][\p{L}\p{N}_]*`
	pkgPath    = `[^\s()*]+`
	funcRE     = lazyRegexp(`^` + pkgPath + `\.` + ident + `(\.` + ident + `)?$`)
	ptrFuncRE  = lazyRegexp(`^\(\*(` + pkgPath + `\.` + ident + `)\)\.(` + ident + `)$`)
	typeRE     = lazyRegexp(`^` + pkgPath + `\.` + ident + `$`)
	identRE    = lazyRegexp(`^` + ident + `$`)
	emitterKey = []string{"func", "type", "code", "status", "message", "fields", "reason", "retryable", "error", "catalog"}
)

// emitters decodes the emitters: list.
func (d *yamlDecoder) emitters(list *yaml.Node) []Emitter {
	if list.Kind != yaml.SequenceNode {
		d.errorf(list, "emitters must be a list, not %s", kind(list))
		return nil
	}
	var out []Emitter
	seen := make(map[string]Pos)
	for _, n := range list.Content {
		n = deref(n)
		e := Emitter{Pos: d.pos(n), Args: make(map[Role]Arg)}
		d.mapping(n, "emitter", emitterKey, func(key string, k, v *yaml.Node) {
			switch key {
			case "func":
				if s, ok := d.str(k, v); ok {
					if m := ptrFuncRE.FindStringSubmatch(s); m != nil {
						e.Func = m[1] + "." + m[2]
					} else if funcRE.MatchString(s) {
						e.Func = s
					} else {
						d.errorf(v, "func %q is not of the form pkg/path.Func, pkg/path.Type.Method or (*pkg/path.Type).Method", s)
					}
				}
			case "catalog":
				if s, ok := d.str(k, v); ok {
					e.Catalog = s
					e.catalogPos = d.pos(v)
				}
			case "type":
				if s, ok := d.str(k, v); ok {
					if typeRE.MatchString(s) {
						e.Type = s
					} else {
						d.errorf(v, "type %q is not of the form pkg/path.Type", s)
					}
				}
			default:
				if arg, ok := d.arg(k, v); ok {
					e.Args[Role(key)] = arg
				}
			}
		})
		switch {
		case e.Func == "" && e.Type == "":
			if !hasKey(n, "func") && !hasKey(n, "type") {
				d.errorf(n, "emitter needs func or type")
			}
			continue
		case e.Func != "" && e.Type != "":
			d.errorf(n, "emitter has both func and type; write two emitters")
			continue
		}
		_, hasCode := e.Args[RoleCode]
		errArg, hasErr := e.Args[RoleError]
		switch {
		case hasCode && hasErr:
			d.errors(errArg.Pos, "emitter %s has both code and error: the codes of a writer's error argument are their own", e.Name())
			continue
		case hasErr && e.Type != "":
			d.errors(errArg.Pos, "error is a role of func emitters (a writer's argument), not of type emitter %s", e.Type)
			continue
		case hasErr && errArg.Fixed:
			d.errors(errArg.Pos, "error of emitter %s must be an argument index or a parameter name, not a value", e.Name())
			continue
		case !hasCode && !hasErr:
			if !hasKey(n, "code") {
				d.errorf(n, "emitter %s has no code: say which argument or field carries the code (or, for a writer, which argument carries the error)", e.Name())
			}
			continue
		}
		if e.Type != "" {
			for _, r := range Roles {
				if a, ok := e.Args[r]; ok && a.Name == "" && !a.Fixed {
					d.errors(a.Pos, "%s of type emitter %s must be a field name, not an index", r, e.Type)
				}
			}
		}
		if prev, ok := seen[e.Name()]; ok {
			d.errors(e.Pos, "emitter %s is already configured at %s", e.Name(), prev.Short())
			continue
		}
		seen[e.Name()] = e.Pos
		out = append(out, e)
	}
	return out
}

func (d *yamlDecoder) errors(pos Pos, format string, args ...any) {
	d.errs = append(d.errs, errorf(pos, format, args...))
}

func hasKey(n *yaml.Node, key string) bool {
	if n.Kind != yaml.MappingNode {
		return true // already reported
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

// arg decodes an emitter role: an argument index or a parameter or field
// name, or a mapping {value: V} for a role the emitter fixes.
func (d *yamlDecoder) arg(k, v *yaml.Node) (Arg, bool) {
	if v.Kind == yaml.MappingNode {
		return d.fixedArg(k, v)
	}
	if v.Kind == yaml.ScalarNode && v.Tag == "!!int" {
		i, ok := d.integer(k, v)
		if !ok {
			return Arg{}, false
		}
		if i < 0 || i > 255 {
			d.errorf(k, "%s argument index %d is out of range", k.Value, i)
			return Arg{}, false
		}
		return Arg{Index: int(i), Pos: d.pos(k)}, true
	}
	if v.Kind == yaml.ScalarNode && v.Tag == "!!str" && !identRE.MatchString(v.Value) {
		d.errorf(k, "%s %q is neither an argument index nor a Go identifier", k.Value, v.Value)
		return Arg{}, false
	}
	if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
		d.errorf(k, "%s must be an argument index, a parameter or field name, or {value: V}, not %s", k.Value, kind(v))
		return Arg{}, false
	}
	return Arg{Index: -1, Name: v.Value, Pos: d.pos(k)}, true
}

// fixedArg decodes {value: V}, a role the emitter fixes: a status is an
// HTTP status, a code a string or an integer, a message a string, a
// retryable flag a bool.
func (d *yamlDecoder) fixedArg(k, v *yaml.Node) (Arg, bool) {
	a := Arg{Index: -1, Pos: d.pos(k), Fixed: true}
	has := false
	ok := true
	d.mapping(v, k.Value, []string{"value"}, func(_ string, vk, vv *yaml.Node) {
		has = true
		if vv.Kind != yaml.ScalarNode || vv.Tag == "!!null" {
			d.errorf(vk, "%s value must be a string, an integer or a bool, not %s", k.Value, kind(vv))
			ok = false
			return
		}
		switch vv.Tag {
		case "!!int":
			i, good := d.integer(vk, vv)
			if !good {
				ok = false
				return
			}
			a.Value = ArgValue{Kind: "int", Text: fmt.Sprint(i)}
		case "!!bool":
			a.Value = ArgValue{Kind: "bool", Text: fmt.Sprint(d.boolean(vk, vv))}
		default:
			a.Value = ArgValue{Kind: "string", Text: vv.Value}
		}
	})
	if !has {
		if len(v.Content) == 0 {
			d.errorf(k, "%s must be an argument index, a parameter or field name, or {value: V}", k.Value)
		}
		return Arg{}, false
	}
	if !ok {
		return Arg{}, false
	}
	want := map[string]string{"status": "int", "message": "string", "retryable": "bool", "reason": "string"}[k.Value]
	switch {
	case k.Value == "code" && a.Value.Kind == "bool":
		d.errorf(k, "code value must be a string or an integer, not a bool")
		return Arg{}, false
	case want != "" && a.Value.Kind != want:
		d.errorf(k, "%s value must be %s, not %s %s", k.Value, map[string]string{"int": "an integer", "string": "a string", "bool": "true or false"}[want], a.Value.Kind, a.Value.Text)
		return Arg{}, false
	case k.Value == "status":
		if n, _ := strconv.Atoi(a.Value.Text); n < 100 || n > 599 {
			d.errorf(k, "status value %s is not an HTTP status", a.Value.Text)
			return Arg{}, false
		}
	case k.Value == "fields":
		d.errorf(k, "fields cannot be a fixed value")
		return Arg{}, false
	}
	return a, true
}

// LoadCatalogFile reads a single catalog file, in format (or "" to detect
// it), as a catalog of its own.
func LoadCatalogFile(path, format string) (*Catalog, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, ErrorList{wrapf(Pos{File: path}, err, "%v", unwrapPathError(err))}
	}
	doc, err := ParseFile(path, data, format)
	if err != nil {
		return nil, err
	}
	b := newBuilder()
	if !doc.yieldsCode() {
		problem := errorf(Pos{File: path}, "the file yields no code as %s", DetectFormat(path, trimBOM(data)))
		if format != "" {
			problem = errorf(Pos{File: path}, "format %s finds no code in the file", format)
		}
		b.cat.Empty = append(b.cat.Empty, problem)
		b.cat.Warnings = append(b.cat.Warnings, problem)
	}
	b.addDoc(doc)
	return b.finish()
}

// yieldsCode reports whether a parsed file documents any code, or any "?"
// that stands for one.
func (d *Doc) yieldsCode() bool {
	for _, e := range d.Entries {
		if e.Code != "" {
			return true
		}
	}
	return false
}

// emptySource is the problem of a catalog file that yields no code, at
// the config line that names it.
func emptySource(src Source, format string) *Error {
	if src.Format != "" {
		return errorf(src.Pos, "format %s finds no code in catalog file %s; is the file in that format?", format, src.Path)
	}
	return errorf(src.Pos, "catalog file %s yields no code (read as %s)", src.Path, format)
}

// IsConfig reports whether the file at path is an errcodes.yaml rather
// than a catalog file: by its name, or by a top-level version and one of
// the keys only a config has.
func IsConfig(path string, data []byte) bool {
	if filepath.Base(path) == ConfigName {
		return true
	}
	return hasExt(path, ".yaml", ".yml") && topLevelKey(data, "version") &&
		(topLevelKey(data, "emitters") || topLevelKey(data, "catalog"))
}
