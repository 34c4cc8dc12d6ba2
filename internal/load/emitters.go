package load

import (
	"fmt"
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/errcodes/errcodes/catalog"
	"github.com/errcodes/errcodes/internal/editdist"
	"golang.org/x/tools/go/packages"
)

// MissingEmitters returns an error for each emitter of cfg whose package
// cannot exist in the build of pkgs (the packages a whole-program run
// loaded, with their imports): a path with no domain that is not a
// standard package (func: apierr.Fail, written without the module
// path), or a path in a main module with no Go files in its directory (a
// misspelt path). Each names the emitter, its position and the closest
// package path that exists. An emitter of another module that nothing
// loaded imports may exist: it is not reported.
func MissingEmitters(cfg *catalog.Config, pkgs []*packages.Package) catalog.ErrorList {
	loaded := make(map[string]bool)
	mains := make(map[string]string) // main module path → directory
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		loaded[p.PkgPath] = true
		if m := p.Module; m != nil && m.Main {
			mains[m.Path] = m.Dir
		}
	})
	return missingEmitters(cfg, loaded, mains)
}

// MissingEmittersInModule is MissingEmitters before anything is loaded,
// for go vet's -V=full: the packages are those of the module at dir (its
// directories with Go files, outside testdata, vendor and nested
// modules), whose path is modPath.
func MissingEmittersInModule(cfg *catalog.Config, modPath, dir string) catalog.ErrorList {
	if len(cfg.Emitters) == 0 {
		return nil
	}
	loaded := make(map[string]bool)
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		name := d.Name()
		if path != dir {
			if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor" {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir
			}
		}
		if hasGoFiles(path) {
			rel, _ := filepath.Rel(dir, path)
			loaded[strings.TrimSuffix(modPath+"/"+filepath.ToSlash(rel), "/.")] = true
		}
		return nil
	})
	return missingEmitters(cfg, loaded, map[string]string{modPath: dir})
}

func missingEmitters(cfg *catalog.Config, loaded map[string]bool, mains map[string]string) catalog.ErrorList {
	var errs catalog.ErrorList
	for i := range cfg.Emitters {
		e := &cfg.Emitters[i]
		paths := e.Packages()
		missing := len(paths) > 0
		for _, path := range paths {
			if loaded[path] || mayExist(path, mains) {
				missing = false
				break
			}
		}
		if !missing {
			continue
		}
		msg := fmt.Sprintf("emitter %s: no package %s in the build", e.Name(), paths[len(paths)-1])
		if near := closestPackage(paths[len(paths)-1], loaded); near != "" {
			msg += fmt.Sprintf("; did you mean %s?", near)
		}
		errs = append(errs, &catalog.Error{Pos: e.Pos, Msg: msg})
	}
	return errs
}

// mayExist reports whether path may be a package: a standard package, a
// package of a main module whose directory has Go files, or a package of
// another module (not checked: it may not be downloaded yet).
func mayExist(path string, mains map[string]string) bool {
	first, _, _ := strings.Cut(path, "/")
	if !strings.Contains(first, ".") {
		if _, err := build.Default.Import(path, "", build.FindOnly); err == nil {
			return true
		}
		for mod := range mains {
			if mod == path || strings.HasPrefix(path, mod+"/") {
				return hasGoFiles(filepath.Join(mains[mod], strings.TrimPrefix(path, mod)))
			}
		}
		return false
	}
	for mod, dir := range mains {
		if mod == path || strings.HasPrefix(path, mod+"/") {
			return hasGoFiles(filepath.Join(dir, strings.TrimPrefix(path, mod)))
		}
	}
	return true
}

func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			return true
		}
	}
	return false
}

// closestPackage returns the loaded package path closest to path: one that
// ends with it (the module path left out), else the one fewest edits
// away, if it is within a third of the path's length.
func closestPackage(path string, loaded map[string]bool) string {
	var paths []string
	for p := range loaded {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if strings.HasSuffix(p, "/"+path) {
			return p
		}
	}
	best, bestD := "", len(path)/3+1
	for _, p := range paths {
		if d := editdist.Distance(p, path, bestD); d < bestD {
			best, bestD = p, d
		}
	}
	return best
}

// UnusedEmitters returns a warning for each emitter of cfg that no
// package of pkgs loaded from source refers to: in a whole-program run it
// matched no call and no literal, and checks nothing.
func UnusedEmitters(cfg *catalog.Config, pkgs []*packages.Package) catalog.ErrorList {
	if len(cfg.Emitters) == 0 {
		return nil
	}
	// Only an object named like an emitter (the last part of its name)
	// can be one: the rest of a program's uses cost a map lookup each,
	// not a key built.
	names := make(map[string]bool)
	for i := range cfg.Emitters {
		name := cfg.Emitters[i].Name()
		names[name[strings.LastIndex(name, ".")+1:]] = true
	}
	used := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.TypesInfo == nil {
			return
		}
		for _, obj := range p.TypesInfo.Uses {
			if !names[obj.Name()] {
				continue
			}
			if key := objectKey(obj); key != "" {
				used[key] = true
			}
		}
	})
	var warns catalog.ErrorList
	for i := range cfg.Emitters {
		e := &cfg.Emitters[i]
		if !used[e.Name()] {
			warns = append(warns, &catalog.Error{Pos: e.Pos, Msg: fmt.Sprintf("emitter %s matched no call or literal in the packages loaded", e.Name())})
		}
	}
	return warns
}

// objectKey returns the name a config gives obj, as an emitter:
// pkgpath.Func, pkgpath.Type.Method or pkgpath.Type; "" for others.
func objectKey(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	switch obj := obj.(type) {
	case *types.Func:
		fn := obj.Origin()
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || sig.Recv() == nil {
			return fn.Pkg().Path() + "." + fn.Name()
		}
		t := sig.Recv().Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fn.Pkg().Path() + "." + n.Origin().Obj().Name() + "." + fn.Name()
		}
	case *types.TypeName:
		return obj.Pkg().Path() + "." + obj.Name()
	}
	return ""
}
