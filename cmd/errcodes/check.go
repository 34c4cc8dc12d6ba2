package main

// This file is the standalone driver, "errcodes [flags] packages". It has
// the command line of golang.org/x/tools/go/analysis/singlechecker (the
// same flags, output and exit statuses) but loads packages the way
// errcodes audit does (load.Program): the packages named and the main
// modules' packages they import from source, the rest of the program from
// export data, with facts between the module's packages. singlechecker,
// since the analyzer has facts, type-checks every dependency from source,
// the standard library included, and runs the analyzer on each: on Open
// Policy Agent 2.6 times the time and 3 times the memory of this driver,
// for the same output. What the analyzer knows of other modules' code
// (net/http, the frameworks of the presets) it knows by name; it infers
// wrappers and summaries from the main modules' code alone, as errcodes
// audit does. (singlechecker also infers them in a dependency that has a
// config: any with -config, or a module beside the main one under the
// directory of its errcodes.yaml. A go.work that uses that module makes
// it a main module.)
//
// go vet's protocol (-flags, a .cfg file) stays with singlechecker, which
// hands a .cfg file to unitchecker: see main.

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/errcodes/errcodes/analyzer"
	"github.com/errcodes/errcodes/catalog"
	"github.com/errcodes/errcodes/internal/load"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// checkFlags are singlechecker's flags (x/tools v0.52.0,
// go/analysis/internal/checker and go/analysis/internal/analysisflags),
// with the same names, defaults and usage texts.
type checkFlags struct {
	debug                      string // any subset of "fpstv"
	cpuprofile, memprofile, tr string
	tests                      bool
	json                       bool
	context                    int
	fix, diff                  bool
	verbose                    bool // -v, an alias for -debug=v
}

func (f *checkFlags) register(fs *flag.FlagSet, a *analysis.Analyzer) {
	fs.StringVar(&f.debug, "debug", "", `debug flags, any subset of "fpstv"`)
	fs.StringVar(&f.cpuprofile, "cpuprofile", "", "write CPU profile to this file")
	fs.StringVar(&f.memprofile, "memprofile", "", "write memory profile to this file")
	fs.StringVar(&f.tr, "trace", "", "write trace log to this file")
	fs.BoolVar(&f.tests, "test", true, "also load test packages (findings in _test.go files are never reported)")
	fs.String("baseline", "", "report only the findings this file does not record, then its stale entries (see errcodes help baseline)")

	a.Flags.VisitAll(func(af *flag.Flag) {
		if fs.Lookup(af.Name) != nil {
			log.Printf("%s flag -%s would conflict with driver; skipping", a.Name, af.Name)
			return
		}
		fs.Var(af.Value, af.Name, af.Usage)
	})

	// -flags is go vet's, and goes to singlechecker (see main); it is
	// here for -help, and so that -flags=false is accepted.
	fs.Bool("flags", false, "print analyzer flags in JSON")
	fs.Var(versionFlag{}, "V", "print version and exit")
	fs.BoolVar(&f.json, "json", false, "emit JSON output")
	fs.IntVar(&f.context, "c", -1, `display offending line with this many lines of context`)
	fs.BoolVar(&f.fix, "fix", false, "apply all suggested fixes")
	fs.BoolVar(&f.diff, "diff", false, "with -fix, don't update the files, but print a unified diff")

	// The legacy vet flags singlechecker accepts.
	fs.Bool("source", false, "no effect (deprecated)")
	fs.BoolVar(&f.verbose, "v", false, "no effect (deprecated)")
	fs.Bool("all", false, "no effect (deprecated)")
	fs.String("tags", "", "no effect (deprecated)")
}

func (f *checkFlags) dbg(b byte) bool { return strings.IndexByte(f.debug, b) >= 0 }

// versionFlag is -V: -V=full prints what go vet hashes into its cache
// keys, the same answer as "errcodes -V=full" (see printVersion).
type versionFlag struct{}

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) Get() any         { return nil }
func (versionFlag) String() string   { return "" }
func (versionFlag) Set(s string) error {
	if s != "full" {
		log.Fatalf("unsupported flag value: -V=%s (use -V=full)", s)
	}
	os.Exit(printVersion())
	return nil
}

// checkMain runs errcodes standalone on the packages args name, after
// the flags, and returns the exit status: 0 if it found nothing, 1 if a
// package did not load or the analysis failed, 3 if it reported
// diagnostics. With -json the status is 0 even with diagnostics; with
// -fix it is 1 only if a fix could not be applied or a package did not
// load.
func checkMain(args []string) (exitcode int) {
	a := analyzer.Analyzer
	log.SetFlags(0)
	log.SetPrefix(a.Name + ": ")
	if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
		log.Fatal(err)
	}

	var f checkFlags
	fs := flag.NewFlagSet("errcodes", flag.ContinueOnError)
	f.register(fs, a)
	usage := func(w io.Writer) { printMainUsage(w, fs) }
	if code, ok := parseFlags(fs, args, usage, os.Stdout, os.Stderr); !ok {
		return code
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		usage(os.Stderr)
		return 2
	}
	inScope := configsInScope()
	configs := relevantConfigs(inScope, patterns)
	if named := fs.Lookup(analyzer.FlagConfig).Value.String(); named != "" {
		configs = []string{named}
	} else if len(inScope) == 0 {
		wd, _ := os.Getwd()
		fmt.Fprintf(os.Stderr, "errcodes: no %s in %s, above it, or in its module; write one (see doc/config.md) or pass -config\n", catalog.ConfigName, wd)
		return 1
	}
	// A broken config or catalog stops the run before any package is
	// loaded, reported once rather than for each package.
	if printConfigErrors(analyzer.CheckConfigs(configs), os.Stderr) {
		return 1
	}
	warnEmptyCatalogs(configs, os.Stderr)
	if f.verbose && !f.dbg('v') {
		f.debug += "v"
	}
	defer profile(&f)()

	exitAtLeast := func(code int) { exitcode = max(exitcode, code) }

	if f.dbg('v') {
		log.SetPrefix("")
		log.SetFlags(log.Lmicroseconds) // display timing
		log.Printf("load %s", patterns)
	}
	roots, all, err := load.Program(&packages.Config{Tests: f.tests}, patterns...)
	if err == nil && len(roots) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if err != nil {
		log.Print(err)
		return 1
	}
	// Print package and module errors, of the roots and everything they
	// import, before Prune cuts the import graph down.
	if n := packages.PrintErrors(roots); n > 0 {
		exitAtLeast(1)
	}
	// An emitter whose package cannot be in the build would check
	// nothing, silently.
	missing := false
	for _, path := range configs {
		if cfg, err := catalog.LoadConfig(path); err == nil {
			if errs := load.MissingEmitters(cfg, all); len(errs) > 0 {
				missing = printConfigErrors(errs, os.Stderr)
			} else {
				for _, w := range load.UnusedEmitters(cfg, all) {
					fmt.Fprintf(os.Stderr, "warning: %s", relativePaths([]byte(w.Error()+"\n")))
				}
			}
		}
	}
	if missing {
		return 1
	}
	load.Prune(all)

	opts := &checker.Options{SanityCheck: f.dbg('s'), Sequential: f.dbg('p')}
	if f.dbg('f') {
		opts.FactLog = os.Stderr
	}
	if f.dbg('v') {
		log.Printf("building graph of analysis passes")
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, roots, opts)
	if err != nil {
		log.Print(err)
		exitAtLeast(1)
		return
	}

	if f.fix {
		// Don't print the diagnostics, and don't report an error just
		// because there were some.
		if err := applyFixes(graph.Roots, os.Stdout, f.diff, f.dbg('v')); err != nil {
			log.Print(err)
			exitAtLeast(1)
		}
		return
	}
	exitAtLeast(printDiagnostics(graph, &f, os.Stdout, os.Stderr))
	return
}

// printDiagnostics prints the diagnostics of graph's roots, as text on
// stderr or as JSON on stdout, and returns the exit status for them: 1 if
// an analysis failed, 3 if there are diagnostics (as text only), 0
// otherwise.
func printDiagnostics(graph *checker.Graph, f *checkFlags, stdout, stderr io.Writer) (exitcode int) {
	if f.json {
		if err := graph.PrintJSON(stdout); err != nil {
			return 1
		}
	} else {
		// Positions under the working directory are printed relative to
		// it, as go vet prints them.
		var buf bytes.Buffer
		err := graph.PrintText(&buf, f.context)
		stderr.Write(relativePaths(buf.Bytes()))
		if err != nil {
			return 1
		}
		var numErrors, rootDiags int
		for act := range graph.All() {
			if act.Err != nil {
				numErrors++
			} else if act.IsRoot {
				rootDiags += len(act.Diagnostics)
			}
		}
		if numErrors > 0 {
			exitcode = 1 // analysis failed, at least partially
		} else if rootDiags > 0 {
			exitcode = 3 // successfully produced diagnostics
		}
	}

	if f.dbg('t') {
		if !f.dbg('p') {
			log.Println("Warning: times are mostly GC/scheduler noise; use -debug=tp to disable parallelism")
		}
		var list []*checker.Action
		var total time.Duration
		for act := range graph.All() {
			list = append(list, act)
			total += act.Duration
		}
		// Print the actions accounting for 90% of the total.
		sort.Slice(list, func(i, j int) bool { return list[i].Duration > list[j].Duration })
		var sum time.Duration
		for _, act := range list {
			fmt.Fprintf(stderr, "%s\t%s\n", act.Duration, act)
			sum += act.Duration
			if sum >= total*9/10 {
				break
			}
		}
		if total > sum {
			fmt.Fprintf(stderr, "%s\tall others\n", total-sum)
		}
	}
	return exitcode
}

// relativePaths returns out with the working directory and a slash
// removed where a line starts with them.
func relativePaths(out []byte) []byte {
	wd, err := os.Getwd()
	if err != nil || len(out) == 0 {
		return out
	}
	prefix := []byte(wd + string(filepath.Separator))
	lines := bytes.SplitAfter(out, []byte("\n"))
	for i, l := range lines {
		lines[i] = bytes.TrimPrefix(l, prefix)
	}
	return bytes.Join(lines, nil)
}

// profile starts the CPU profile and the trace the flags ask for, and
// returns the function that stops them and writes the memory profile.
func profile(f *checkFlags) (stop func()) {
	var stops []func()
	if f.cpuprofile != "" {
		out, err := os.Create(f.cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(out); err != nil {
			log.Fatal(err)
		}
		stops = append(stops, pprof.StopCPUProfile)
	}
	if f.tr != "" {
		out, err := os.Create(f.tr)
		if err != nil {
			log.Fatal(err)
		}
		if err := trace.Start(out); err != nil {
			log.Fatal(err)
		}
		stops = append(stops, func() {
			trace.Stop()
			log.Printf("To view the trace, run:\n$ go tool trace view %s", f.tr)
		})
	}
	if f.memprofile != "" {
		out, err := os.Create(f.memprofile)
		if err != nil {
			log.Fatal(err)
		}
		stops = append(stops, func() {
			runtime.GC() // get up-to-date statistics
			if err := pprof.WriteHeapProfile(out); err != nil {
				log.Fatalf("Writing memory profile: %v", err)
			}
			out.Close()
		})
	}
	return func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}
}

// vetInvocation reports whether args are go vet's: -flags, which asks
// for the flags in JSON, or a run on one package, described by a .cfg
// file, the last argument. Those go to singlechecker, which hands the
// .cfg file to unitchecker.
func vetInvocation(args []string) bool {
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") && !strings.HasPrefix(args[n-1], "-") {
		return true
	}
	for _, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "flags" {
			continue
		}
		if b, err := strconv.ParseBool(value); !hasValue || err == nil && b {
			return true
		}
	}
	return false
}
