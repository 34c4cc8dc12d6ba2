// Package cachedir says where errcodes keeps what it caches across
// processes: parsed catalogs, and the load hints of internal/load. It
// also keeps the directory from growing without bound, the way the go
// command trims its build cache: an entry records its last use in its
// modification time, and entries unused for five days are removed, at
// most once a day.
package cachedir

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

const (
	// An entry's modification time is moved to the present when it is
	// read and older than mtimeInterval, so that a hit writes at most
	// once an hour.
	mtimeInterval = time.Hour
	// Trim removes entries unused for trimLimit, at most once in each
	// trimInterval.
	trimInterval = 24 * time.Hour
	trimLimit    = 5 * 24 * time.Hour
)

// Dir returns $ERRCODES_CACHE, or errcodes/ in the user's cache
// directory; "" (no cache) when ERRCODES_CACHE is "off" or there is no
// cache directory.
func Dir() string {
	switch dir := os.Getenv("ERRCODES_CACHE"); dir {
	case "off":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "errcodes")
	default:
		return dir
	}
}

// Used records that the entry at path was read now, so that Trim keeps
// it. It writes only when the recorded use is over an hour old.
func Used(path string) {
	now := time.Now()
	if info, err := os.Stat(path); err == nil && now.Sub(info.ModTime()) > mtimeInterval {
		os.Chtimes(path, now, now)
	}
}

// Trim removes from dir, and from its subdirectories one level down, the
// entries not used for five days, and the temporary files of writes
// that never finished. It does so at most once a day, which it records
// in dir/trim.txt; the callers are the processes that have just written
// an entry, so a run that only reads the cache never trims. Errors are
// ignored: a file that cannot be removed stays, and is tried again the
// next day.
func Trim(dir string) {
	if dir == "" {
		return
	}
	now := time.Now()
	mark := filepath.Join(dir, "trim.txt")
	if info, err := os.Stat(mark); err == nil && now.Sub(info.ModTime()) < trimInterval {
		return
	}
	if err := os.WriteFile(mark, []byte(now.UTC().Format(time.RFC3339)+"\n"), 0o666); err != nil {
		return
	}
	trimDir(dir, now.Add(-trimLimit), 1)
}

func trimDir(dir string, cutoff time.Time, depth int) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if e.IsDir() {
			if depth > 0 {
				trimDir(path, cutoff, depth-1)
			}
			continue
		}
		if e.Name() == "trim.txt" || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		// A temporary file is a write still under way for the first
		// hour, and abandoned after that.
		limit := cutoff
		if strings.HasSuffix(e.Name(), ".tmp") || strings.HasPrefix(e.Name(), "hint-") {
			limit = time.Now().Add(-mtimeInterval)
		}
		if info.ModTime().Before(limit) {
			os.Remove(path)
		}
	}
}
