package cachedir

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// age writes a file at dir/name last used d ago.
func age(t *testing.T, dir, name string, d time.Duration) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("entry"), 0o666); err != nil {
		t.Fatal(err)
	}
	when := time.Now().Add(-d)
	if err := os.Chtimes(path, when, when); err != nil {
		t.Fatal(err)
	}
	return path
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func TestTrim(t *testing.T) {
	dir := t.TempDir()
	day := 24 * time.Hour
	stale := age(t, dir, "0a1b.gob", 6*day)           // a catalog nobody has read for six days
	recent := age(t, dir, "2c3d.gob", 4*day)          // read four days ago
	staleHint := age(t, dir, "load/4e5f", 30*day)     // a load hint of a deleted checkout
	recentHint := age(t, dir, "load/6a7b", time.Hour) // a hint in use
	abandoned := age(t, dir, "8c9d.123.tmp", 2*time.Hour)
	underway := age(t, dir, "load/hint-456", time.Minute)

	Trim(dir)
	for path, want := range map[string]bool{
		stale: false, recent: true, staleHint: false, recentHint: true, abandoned: false, underway: true,
	} {
		if got := exists(path); got != want {
			t.Errorf("after Trim, %s exists = %v, want %v", path, got, want)
		}
	}
	if !exists(filepath.Join(dir, "trim.txt")) {
		t.Fatal("Trim did not record when it ran")
	}

	// Within a day of the last trim, nothing is removed.
	again := age(t, dir, "eeff.gob", 10*day)
	Trim(dir)
	if !exists(again) {
		t.Error("a second Trim on the same day removed an entry")
	}
}

func TestUsed(t *testing.T) {
	dir := t.TempDir()
	old := age(t, dir, "0a1b.gob", 6*24*time.Hour)
	Used(old)
	info, err := os.Stat(old)
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(info.ModTime()) > time.Minute {
		t.Errorf("Used left the entry's time %v ago", time.Since(info.ModTime()))
	}
	Trim(dir)
	if !exists(old) {
		t.Error("Trim removed an entry Used had just marked")
	}

	// A use within the hour writes nothing.
	fresh := age(t, dir, "2c3d.gob", 10*time.Minute)
	before, _ := os.Stat(fresh)
	Used(fresh)
	after, _ := os.Stat(fresh)
	if !after.ModTime().Equal(before.ModTime()) {
		t.Error("Used wrote the time of an entry used ten minutes ago")
	}
}

func TestTrimNoDir(t *testing.T) {
	Trim("")                                             // no cache
	Trim(filepath.Join(t.TempDir(), "missing", "cache")) // nothing cached yet: no panic, no error
}
