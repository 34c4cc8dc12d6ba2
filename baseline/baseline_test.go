package baseline_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/errcodes/errcodes/baseline"
)

// Findings as errcodes reports them on testdata/shop.
var (
	typo = baseline.Finding{File: "orders/orders.go", Line: 45, Column: 40, Func: "orders.Server.Pay", Category: "undocumented",
		Message: `code "invalid_order_numbr" is not in the catalog; did you mean "invalid_order_number"?`}
	status = baseline.Finding{File: "orders/orders.go", Line: 73, Column: 32, Func: "orders.Server.Cancel", Category: "status",
		Message: `code "order_already_canceled" is documented with status 409 Conflict (docs/errors.yaml:15) but returned with 410 Gone`,
		Cites:   []baseline.Cite{{File: "docs/errors.yaml", Line: 15}}}
	internal = baseline.Finding{File: "apierr/apierr.go", Line: 31, Column: 43, Func: "apierr.Internal", Category: "undocumented",
		Message: `code "internal_error" is not in the catalog`}
	stock = baseline.Finding{File: "orders/orders.go", Line: 137, Column: 54, Func: "orders.Server.Complete", Category: "undocumented",
		Message: `code "out_of_stock" is not in the catalog`}
)

// record returns a baseline of findings, written and loaded back, so that
// its entries have lines.
func record(t *testing.T, findings ...baseline.Finding) *baseline.Baseline {
	t.Helper()
	path := filepath.Join(t.TempDir(), "errcodes.baseline")
	if _, err := baseline.Write(path, findings, nil); err != nil {
		t.Fatal(err)
	}
	b, err := baseline.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func check(t *testing.T, b *baseline.Baseline, now []baseline.Finding, wantFresh []baseline.Finding, wantStale []baseline.Entry) {
	t.Helper()
	fresh, stale := b.Filter(now, nil)
	if !reflect.DeepEqual(fresh, wantFresh) {
		t.Errorf("fresh findings:\n%+v\nwant:\n%+v", fresh, wantFresh)
	}
	if !reflect.DeepEqual(stale, wantStale) {
		t.Errorf("stale entries:\n%+v\nwant:\n%+v", stale, wantStale)
	}
}

func moved(f baseline.Finding, lines, cols int) baseline.Finding {
	f.Line += lines
	f.Column += cols
	return f
}

func TestNewFindingIsReported(t *testing.T) {
	b := record(t, typo, status)
	check(t, b, []baseline.Finding{typo, status, stock}, []baseline.Finding{stock}, nil)

	// The same message in another function, or of another category, is
	// another finding.
	other := typo
	other.Func = "orders.Server.Complete"
	check(t, b, []baseline.Finding{typo, status, other}, []baseline.Finding{other}, nil)
	other = typo
	other.Category = "status"
	check(t, b, []baseline.Finding{typo, status, other}, []baseline.Finding{other}, nil)
}

func TestMovedFindingStaysHidden(t *testing.T) {
	b := record(t, typo, status)
	// Lines inserted above both, and the typo's call reindented.
	check(t, b, []baseline.Finding{moved(typo, 12, 1), moved(status, 12, 0)}, nil, nil)
	// The catalog grew: the status finding cites another line.
	edited := moved(status, 0, 0)
	edited.Message = strings.Replace(status.Message, "errors.yaml:15", "errors.yaml:31", 1)
	edited.Cites = []baseline.Cite{{File: "docs/errors.yaml", Line: 31}}
	check(t, b, []baseline.Finding{typo, edited}, nil, nil)
}

func TestFixedFindingIsStale(t *testing.T) {
	b := record(t, typo, status, internal)
	fresh, stale := b.Filter([]baseline.Finding{typo, internal}, nil)
	if len(fresh) != 0 {
		t.Errorf("fresh findings %+v, want none", fresh)
	}
	if len(stale) != 1 {
		t.Fatalf("stale entries %+v, want the status finding's", stale)
	}
	e := stale[0]
	want := baseline.Entry{File: status.File, Func: status.Func, Category: "status",
		Message: `code "order_already_canceled" is documented with status 409 Conflict (docs/errors.yaml) but returned with 410 Gone`,
		Count:   1, Missing: 1, Line: 11}
	if e != want {
		t.Errorf("stale entry %+v, want %+v", e, want)
	}

	// An entry of a file that was not checked this time is not stale.
	inOrders := func(file string) bool { return strings.HasPrefix(file, "orders/") }
	if _, stale := b.Filter([]baseline.Finding{typo, status}, inOrders); len(stale) != 0 {
		t.Errorf("stale entries %+v, want none: apierr was not checked", stale)
	}
	if _, stale := b.Filter([]baseline.Finding{typo, status}, nil); len(stale) != 1 || stale[0].File != "apierr/apierr.go" {
		t.Errorf("stale entries %+v, want apierr's", stale)
	}
}

func TestIdenticalFindingsAreCounted(t *testing.T) {
	b := record(t, stock, moved(stock, 10, 0))
	if n := b.Entries[0].Count; len(b.Entries) != 1 || n != 2 {
		t.Fatalf("entries %+v, want one with count 2", b.Entries)
	}
	// A third: the last by position is the new one, whatever the order
	// the findings come in.
	third := moved(stock, 20, 0)
	check(t, b, []baseline.Finding{third, moved(stock, 5, 0), stock}, []baseline.Finding{third}, nil)
	// One fixed: the entry is stale for one.
	wantStale := b.Entries[0]
	wantStale.Missing = 1
	check(t, b, []baseline.Finding{stock}, nil, []baseline.Entry{wantStale})
}

func TestWriteSubsetKeepsOtherEntries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "errcodes.baseline")
	if _, err := baseline.Write(path, []baseline.Finding{typo, status, internal}, nil); err != nil {
		t.Fatal(err)
	}
	// Only orders is checked again; its status finding was fixed and the
	// stock one appeared.
	inOrders := func(file string) bool { return strings.HasPrefix(file, "orders/") }
	kept, err := baseline.Write(path, []baseline.Finding{typo, stock}, inOrders)
	if err != nil {
		t.Fatal(err)
	}
	if kept != 1 {
		t.Errorf("kept %d entries, want 1 (apierr's)", kept)
	}
	b, err := baseline.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	check(t, b, []baseline.Finding{typo, stock, internal}, nil, nil)
	if _, stale := b.Filter([]baseline.Finding{typo, stock}, nil); len(stale) != 1 || stale[0].File != internal.File {
		t.Errorf("stale entries %+v, want apierr's, kept", stale)
	}
}

// A fingerprint leaves out the line numbers of the catalog entries a
// finding cites, read from its Cites (TestMovedFindingStaysHidden), never
// from its message: a code that looks like a citation stays whole.
func TestFingerprintReadsCites(t *testing.T) {
	if got, want := record(t, status).Entries[0].Message,
		`code "order_already_canceled" is documented with status 409 Conflict (docs/errors.yaml) but returned with 410 Gone`; got != want {
		t.Errorf("entry message %q, want %q", got, want)
	}
	odd := baseline.Finding{File: "a.go", Func: "f", Category: "undocumented", Message: `code "v1.order:12" is not in the catalog`}
	if got := record(t, odd).Entries[0].Message; got != odd.Message {
		t.Errorf("entry message %q, want %q unchanged", got, odd.Message)
	}
}

// The file is sorted and laid out one key a line, the same bytes for the
// same findings in any order.
func TestFileFormat(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if _, err := baseline.Write(a, []baseline.Finding{typo, internal, stock, moved(stock, 3, 0)}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := baseline.Write(b, []baseline.Finding{moved(stock, 3, 0), stock, typo, internal}, nil); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(a)
	other, _ := os.ReadFile(b)
	want := `{
  "version": 1,
  "entries": [
    {
      "file": "apierr/apierr.go",
      "func": "apierr.Internal",
      "category": "undocumented",
      "message": "code \"internal_error\" is not in the catalog",
      "count": 1
    },
    {
      "file": "orders/orders.go",
      "func": "orders.Server.Complete",
      "category": "undocumented",
      "message": "code \"out_of_stock\" is not in the catalog",
      "count": 2
    },
    {
      "file": "orders/orders.go",
      "func": "orders.Server.Pay",
      "category": "undocumented",
      "message": "code \"invalid_order_numbr\" is not in the catalog; did you mean \"invalid_order_number\"?",
      "count": 1
    }
  ]
}
`
	if string(got) != want {
		t.Errorf("baseline file:\n%s\nwant:\n%s", got, want)
	}
	if string(other) != string(got) {
		t.Errorf("the same findings in another order wrote:\n%s", other)
	}

	empty := filepath.Join(dir, "empty")
	if _, err := baseline.Write(empty, nil, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(empty); string(got) != "{\n  \"version\": 1,\n  \"entries\": []\n}\n" {
		t.Errorf("empty baseline:\n%s", got)
	}
	if b, err := baseline.Load(empty); err != nil || len(b.Entries) != 0 {
		t.Errorf("Load(empty baseline) = %+v, %v", b, err)
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := baseline.Load(filepath.Join(t.TempDir(), "errcodes.baseline"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v, want a not-exist error", err)
	}
}

func TestMalformed(t *testing.T) {
	entry := `{"file": "a.go", "func": "", "category": "status", "message": "m", "count": 1}`
	for _, tc := range []struct{ data, want string }{
		{``, `errcodes.baseline:1: empty file; want a JSON object with "version" and "entries"`},
		{"[]\n", `errcodes.baseline:1: want a JSON object ("{"), got "["`},
		{"{\n  \"version\": 1,\n  \"entries\": [\n" + entry + ",\n" + entry + "\n  ]\n", `errcodes.baseline:6: unexpected end of JSON input`},
		{"{\n  \"version\": 1,\n  \"entries\": [\n" + entry + "\n" + entry + "\n  ]\n}\n", `errcodes.baseline:5: invalid character '{' after array element`},
		// A merge conflict left in the file.
		{"{\n  \"version\": 1,\n  \"entries\": [\n<<<<<<< HEAD\n" + entry + "\n  ]\n}\n", `errcodes.baseline:4: invalid character '<' looking for beginning of value`},
		{"{\n  \"version\": 2,\n  \"entries\": []\n}\n", `errcodes.baseline:2: version 2 is not supported; this errcodes reads version 1`},
		{"{\n  \"version\": \"1\"\n}\n", `errcodes.baseline:2: "version": got a JSON string, want int`},
		{"{\n  \"entries\": []\n}\n", `errcodes.baseline:1: no "version"; want "version": 1`},
		{"{\n  \"version\": 1,\n  \"entrys\": []\n}\n", `errcodes.baseline:3: unknown key "entrys"; want "version" and "entries"`},
		{"{\n  \"version\": 1,\n  \"entries\": {}\n}\n", `errcodes.baseline:3: want a list of entries ("["), got "{"`},
		{"{\n  \"version\": 1,\n  \"entries\": [\n    \"a.go\"\n  ]\n}\n", `errcodes.baseline:4: entry: got a JSON string, want an object`},
		{"{\n  \"version\": 1,\n  \"entries\": [\n" + entry + ",\n    {\"file\": \"a.go\",\n     \"count\": \"2\"}\n  ]\n}\n", `errcodes.baseline:6: "count": got a JSON string, want int`},
		{"{\n  \"version\": 1,\n  \"entries\": [\n" + entry + ",\n    {\"file\": \"a.go\", \"cat\": \"x\"}\n  ]\n}\n", `errcodes.baseline:5: unknown field "cat"`},
		{"{\n  \"version\": 1,\n  \"entries\": [\n    {\"file\": \"a.go\", \"category\": \"status\", \"message\": \"m\"}\n  ]\n}\n", `errcodes.baseline:4: entry has "count" 0; want 1 or more`},
		{"{\n  \"version\": 1,\n  \"entries\": [\n    {\"category\": \"status\", \"message\": \"m\", \"count\": 1}\n  ]\n}\n", `errcodes.baseline:4: entry has no "file"`},
		{"{\n  \"version\" :\n    \"1\",\n  \"entries\": []\n}\n", `errcodes.baseline:3: "version": got a JSON string, want int`},
		{"{\"version\": 1, \"entries\": []}\n{}\n", `errcodes.baseline:2: invalid character '{' after top-level value`},
	} {
		b, err := baseline.Parse("errcodes.baseline", []byte(tc.data))
		if err == nil || err.Error() != tc.want {
			t.Errorf("Parse(%q) = %+v, %v\nwant error %s", tc.data, b, err, tc.want)
			continue
		}
		var berr *baseline.Error
		if !errors.As(err, &berr) {
			t.Errorf("Parse(%q): error %T, want *baseline.Error", tc.data, err)
		}
	}
}

// Entries with the same fingerprint, as a merge of two branches may
// leave, add up.
func TestParseMergesEntries(t *testing.T) {
	data := `{"version": 1, "entries": [
  {"file": "a.go", "func": "f", "category": "status", "message": "m (docs/errors.yaml)", "count": 1},
  {"file": "a.go", "func": "f", "category": "status", "message": "m (docs/errors.yaml)", "count": 2}
]}`
	b, err := baseline.Parse("errcodes.baseline", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []baseline.Entry{{File: "a.go", Func: "f", Category: "status", Message: "m (docs/errors.yaml)", Count: 3, Line: 2}}
	if !reflect.DeepEqual(b.Entries, want) {
		t.Errorf("entries %+v, want %+v", b.Entries, want)
	}
}

// A broken baseline is not overwritten: the findings it records would be
// lost.
func TestWriteKeepsBrokenFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "errcodes.baseline")
	broken := "{\n<<<<<<< HEAD\n"
	os.WriteFile(path, []byte(broken), 0o644)
	if _, err := baseline.Write(path, []baseline.Finding{typo}, nil); err == nil || !strings.HasPrefix(err.Error(), path+":2: ") {
		t.Errorf("Write over a broken baseline: %v, want an error at line 2", err)
	}
	if data, _ := os.ReadFile(path); string(data) != broken {
		t.Errorf("the broken baseline was changed:\n%s", data)
	}
}

// Parse never panics, names a line of the file when it fails, and what it
// accepts writes back to a file it accepts with the same entries.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version": 1, "entries": [{"file": "a.go", "func": "f", "category": "status", "message": "m", "count": 1}]}`))
	f.Add([]byte("{\n  \"version\": 1,\n  \"entries\": []\n}\n"))
	f.Add([]byte(`{"version": 1, "entries": [{"file": "a.go", "category": "status", "message": "m (x.yaml:1)", "count": 2}, null]}`))
	f.Add([]byte(`{"entries": [[]], "version": 1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := baseline.Parse("f", data)
		if err != nil {
			var berr *baseline.Error
			if !errors.As(err, &berr) {
				t.Fatalf("error %T %v, want a *baseline.Error", err, err)
			}
			if n := 1 + strings.Count(string(data), "\n"); berr.Line < 1 || berr.Line > n {
				t.Fatalf("error at line %d of a file of %d lines: %v", berr.Line, n, err)
			}
			return
		}
		again, err := baseline.Parse("f", b.Marshal())
		if err != nil {
			t.Fatalf("Marshal wrote what Parse rejects: %v\n%s", err, b.Marshal())
		}
		for i := range again.Entries {
			again.Entries[i].Line = 0
		}
		for i := range b.Entries {
			b.Entries[i].Line = 0
		}
		if !reflect.DeepEqual(again.Entries, b.Entries) {
			t.Fatalf("round trip changed the entries:\n%+v\n%+v", b.Entries, again.Entries)
		}
	})
}

// An error in a file as Write lays it out names the line of the value.
func TestMalformedWrittenFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "errcodes.baseline")
	if _, err := baseline.Write(path, []baseline.Finding{typo, status, internal}, nil); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	for _, tc := range []struct{ old, new, want string }{
		// The second entry's count (line 16), and the third's file (line 19).
		{`"count": 1
    },
    {
      "file": "orders/orders.go",
      "func": "orders.Server.Pay"`, `"count": "one"
    },
    {
      "file": "orders/orders.go",
      "func": "orders.Server.Pay"`, `:16: "count": got a JSON string, want int`},
		{`"file": "orders/orders.go",
      "func": "orders.Server.Pay"`, `"file": ["orders/orders.go"],
      "func": "orders.Server.Pay"`, `:19: "file": got a JSON array, want string`},
		{`"category": "status"`, `"category": ""`, `:11: entry has no "category"`},
		{`"count": 1
    },
    {
      "file": "orders/orders.go",
      "func": "orders.Server.Pay"`, `"count": 1
    }
    {
      "file": "orders/orders.go",
      "func": "orders.Server.Pay"`, `:18: invalid character '{' after array element`},
	} {
		edited := strings.Replace(string(data), tc.old, tc.new, 1)
		if edited == string(data) {
			t.Fatalf("%q is not in the file:\n%s", tc.old, data)
		}
		os.WriteFile(path, []byte(edited), 0o644)
		if _, err := baseline.Load(path); err == nil || err.Error() != path+tc.want {
			t.Errorf("Load:\n%v\nwant:\n%s%s\nfile:\n%s", err, path, tc.want, edited)
		}
	}
}

// Two writes at once, each for its own package, keep both packages'
// entries: without a lock, both read the old file and the last to rename
// its own over it loses the other's.
func TestConcurrentWritesKeepBoth(t *testing.T) {
	path := filepath.Join(t.TempDir(), "errcodes.baseline")
	for round := range 20 {
		os.Remove(path)
		var wg sync.WaitGroup
		for _, f := range []baseline.Finding{typo, internal} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				dir := filepath.Dir(f.File)
				if _, err := baseline.Write(path, []baseline.Finding{f}, func(file string) bool { return filepath.Dir(file) == dir }); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		b, err := baseline.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Entries) != 2 {
			t.Fatalf("round %d: entries %+v, want both writes'", round, b.Entries)
		}
	}
}

// A baseline path that is a symbolic link is written through: the link
// stays a link, as a checked-in symlink to a shared baseline must.
func TestWriteThroughSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges")
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "shared.baseline")
	link := filepath.Join(dir, "errcodes.baseline")
	if err := os.Symlink("shared.baseline", link); err != nil {
		t.Fatal(err)
	}
	if _, err := baseline.Write(link, []baseline.Finding{typo}, nil); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("%s is no longer a symbolic link: %v %v", link, fi.Mode(), err)
	}
	if b, err := baseline.Load(target); err != nil || len(b.Entries) != 1 {
		t.Errorf("the link's target: %+v, %v; want the finding", b, err)
	}
}
