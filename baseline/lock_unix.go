//go:build unix

package baseline

import (
	"os"
	"syscall"
)

// lockDir holds an exclusive lock on directory dir until unlock is called,
// so that two baseline writes in it do not both read the old file and the
// last one lose the other's entries. The lock is the kernel's (flock), on
// the directory itself: the file is replaced by a rename, so a lock on it
// would not exclude a writer that opens the new one, and no lock file is
// left behind, even by a process that dies.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, &os.PathError{Op: "lock", Path: dir, Err: err}
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
