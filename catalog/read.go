package catalog

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFileSize is the largest config or catalog file errcodes reads: far
// above any real error catalog (a 5,000-code YAML file is under 1 MB), and
// small enough that a wrong path costs no more than a moment.
const MaxFileSize = 64 << 20

// readFile reads the config or catalog file name, which must be a regular
// file of at most MaxFileSize bytes: a FIFO would block the run, and a
// device such as /dev/zero never ends. Its errors are *fs.PathError, as
// os.ReadFile's.
func readFile(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("not a regular file (%s)", fileKind(fi.Mode()))}
	}
	if fi.Size() > MaxFileSize {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("file is %d MB, over errcodes' limit of %d MB", fi.Size()>>20, MaxFileSize>>20)}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have grown since: read one byte past the limit to know.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if len(data) > MaxFileSize {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("file is over errcodes' limit of %d MB", MaxFileSize>>20)}
	}
	return data, nil
}

// fileKind names the kind of a file that is not a regular one.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// utf8BOM is the byte order mark some editors put at the start of UTF-8
// files.
var utf8BOM = []byte("\xef\xbb\xbf")

// trimBOM returns data without a leading UTF-8 byte order mark, which
// would otherwise stop format detection and YAML parsing.
func trimBOM(data []byte) []byte { return bytes.TrimPrefix(data, utf8BOM) }
