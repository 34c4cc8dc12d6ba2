package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Directives are read once per file, before anything else: the ignores
// the reporter applies, the endpoint marks the site walk gives the
// functions they document, and the problems of malformed or misplaced
// directives, which run reports once. (An //errcodes:emitter is read with
// the function it documents, by inferWrappers.)

// A directive is one //errcodes: comment.
type directive struct {
	name string // "ignore", "endpoint", ...
	arg  string
	pos  token.Pos
	end  token.Pos
	used bool // an ignore that suppressed a finding

	categories []string // what an ignore suppresses; nil: every category
}

const directivePrefix = "//errcodes:"

// fileDirectives are the directives of one file.
type fileDirectives struct {
	ignores  map[int]*directive             // //errcodes:ignore, by line
	marks    map[*ast.FuncDecl][]*directive // //errcodes:endpoint, by the function whose doc comment holds them
	problems []analysis.Diagnostic          // malformed and misplaced directives
}

// directives reads the directives of the files that are checked, by file
// name.
func (c *checker) directives() map[string]*fileDirectives {
	dirs := make(map[string]*fileDirectives)
	for _, f := range c.checkedFiles() {
		dirs[c.pass.Fset.File(f.FileStart).Name()] = c.readDirectives(f)
	}
	return dirs
}

// readDirectives reads the directives of f.
func (c *checker) readDirectives(f *ast.File) *fileDirectives {
	fdir := &fileDirectives{ignores: make(map[int]*directive), marks: make(map[*ast.FuncDecl][]*directive)}
	endpoints := make(map[token.Pos]*directive) // by comment position
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			if d := parseDirective(cm); d != nil {
				c.readDirective(fdir, d, endpoints)
			}
		}
	}
	c.readMarks(fdir, f, endpoints)
	for _, d := range endpoints {
		fdir.problems = append(fdir.problems, directiveProblem(d, "errcodes:endpoint belongs in the doc comment of a handler function"))
	}
	return fdir
}

// readDirective reads d into fdir: an ignore by its line, or the problem
// of a malformed one. An endpoint mark goes into endpoints, by position,
// for readMarks to place.
func (c *checker) readDirective(fdir *fileDirectives, d *directive, endpoints map[token.Pos]*directive) {
	switch d.name {
	case "ignore":
		var reason string
		d.categories, reason = ignoreArgs(d.arg)
		if reason == "" {
			fdir.problems = append(fdir.problems, directiveProblem(d, "errcodes:ignore needs a reason: //errcodes:ignore why this finding is wrong or accepted"))
			return
		}
		fdir.ignores[c.line(d.pos)] = d
	case "endpoint":
		endpoints[d.pos] = d
	case "emitter":
		// Read with the function it documents, by inferWrappers.
	default:
		fdir.problems = append(fdir.problems, directiveProblem(d, fmt.Sprintf("unknown directive errcodes:%s (known: ignore, endpoint, emitter)", d.name)))
	}
}

// readMarks gives each function of f the //errcodes:endpoint directives
// of its doc comment, checks them, and takes them out of endpoints: those
// left are misplaced.
func (c *checker) readMarks(fdir *fileDirectives, f *ast.File, endpoints map[token.Pos]*directive) {
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Doc == nil {
			continue
		}
		for _, cm := range fd.Doc.List {
			if d := endpoints[cm.Slash]; d != nil {
				delete(endpoints, cm.Slash)
				fdir.marks[fd] = append(fdir.marks[fd], d)
				fdir.problems = append(fdir.problems, c.checkMark(d)...)
			}
		}
	}
}

// checkMark checks the name an //errcodes:endpoint mark gives: one the
// catalog has.
func (c *checker) checkMark(d *directive) []analysis.Diagnostic {
	name, ok := c.endpointName(d)
	if name == "" {
		return []analysis.Diagnostic{directiveProblem(d, `errcodes:endpoint needs the endpoint's name as the catalog writes it: //errcodes:endpoint "Get Order"`)}
	}
	if !ok {
		return []analysis.Diagnostic{directiveProblem(d, fmt.Sprintf("endpoint %q is not in the catalog", name))}
	}
	return nil
}

// endpointName returns the endpoint an //errcodes:endpoint directive
// names, if the catalog has it.
func (c *checker) endpointName(d *directive) (string, bool) {
	name := d.arg
	if q, err := strconv.QuotedPrefix(name); err == nil {
		name, _ = strconv.Unquote(q)
	}
	return name, name != "" && c.cat.HasEndpoint(name)
}

// markedEndpoint returns the endpoint the first of a function's marks
// names, when the catalog has it.
func (c *checker) markedEndpoint(marks []*directive) (string, bool) {
	if len(marks) == 0 {
		return "", false
	}
	return c.endpointName(marks[0])
}

// ignoreArgs splits the argument of an //errcodes:ignore directive into
// the categories it suppresses and its reason. Like staticcheck's
// //lint:ignore Check1,Check2 reason, a first word that is a comma-separated
// list of categories names them; otherwise it suppresses every category
// and the whole argument is the reason.
func ignoreArgs(arg string) (categories []string, reason string) {
	first, rest, _ := strings.Cut(arg, " ")
	for name := range strings.SplitSeq(first, ",") {
		if _, ok := LookupCategory(name); !ok {
			return nil, arg
		}
		categories = append(categories, name)
	}
	return categories, strings.TrimSpace(rest)
}

// parseDirective parses a //errcodes:name arg comment, or returns nil.
func parseDirective(cm *ast.Comment) *directive {
	text, ok := strings.CutPrefix(cm.Text, directivePrefix)
	if !ok {
		return nil
	}
	name, arg, _ := strings.Cut(text, " ")
	if i := strings.Index(arg, "//"); i >= 0 && (i == 0 || arg[i-1] == ' ') {
		arg = arg[:i] // a trailing comment is not part of the argument
	}
	return &directive{name: name, arg: strings.TrimSpace(arg), pos: cm.Slash, end: cm.End()}
}

// ignored reports whether an //errcodes:ignore on the line of p, or on
// the line above, in p's file, suppresses a finding of category at p.
func (c *checker) ignored(p token.Pos, category string) bool {
	tf := c.pass.Fset.File(p)
	if tf == nil {
		return false
	}
	fdir := c.dirs[tf.Name()]
	if fdir == nil {
		return false
	}
	line := tf.Line(p)
	for _, l := range []int{line, line - 1} {
		if d := fdir.ignores[l]; d != nil && (d.categories == nil || slices.Contains(d.categories, category)) {
			d.used = true
			return true
		}
	}
	return false
}

// unusedIgnores returns a problem for each //errcodes:ignore that
// suppressed no finding, as staticcheck reports a //lint:ignore that
// matched nothing: a stale one would hide the next finding on its line.
func (c *checker) unusedIgnores() []analysis.Diagnostic {
	var problems []analysis.Diagnostic
	for _, fdir := range c.dirs {
		for _, d := range fdir.ignores {
			if !d.used {
				problems = append(problems, directiveProblem(d, "errcodes:ignore suppresses no finding; remove it"))
			}
		}
	}
	return problems
}

// directiveProblem returns a finding about directive d itself.
func directiveProblem(d *directive, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: d.pos, End: d.end, Category: CategoryDirective, Message: msg}
}
