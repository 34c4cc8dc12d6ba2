package catalog

// The sectioned-list format: a docs page of sections (Markdown headings),
// endpoints (bullets) and, under each endpoint, one bullet per error with
// its code and message as key: value pairs.
//
//	### Order
//	    - Get Order
//	        - error_code: invalid_order_number | error_message: Order not found
//	        - error_code: ? | error_message: ?
//	        - error_message: Store is inactive
//
// Each entry bullet becomes one Entry listed under the nearest endpoint
// bullet above it (or a line in bold alone, or, when the section has
// none, the heading itself). The family varies: bullets may be -, * or +, indentation is
// free, keys may be error_code/code and error_message/message (a status
// key is read too), pairs may be separated by |, ',' or ';', and section
// headings may be missing. Message templates ({variant.code}) are kept as
// written.
//
// The page is read line by line rather than with a Markdown parser: these
// pages indent their bullets by four spaces under a heading, which
// CommonMark reads as a code block.

import (
	"strconv"
	"strings"
)

func init() {
	register(&Format{
		Name:     "sectioned-list",
		Priority: 30,
		Detect:   detectSectioned,
		Parse:    parseSectioned,
	})
}

const (
	sectionedCodeKeys    = "error[ _-]?code|errorcode|err_code|code"
	sectionedMessageKeys = "error[ _-]?message|errormessage|error_msg|err_msg|message|msg"
	sectionedStatusKeys  = "http[ _-]?status(?:[ _-]?code)?|status[ _-]?code|status"
	sectionedKeys        = sectionedCodeKeys + "|" + sectionedMessageKeys + "|" + sectionedStatusKeys
)

var (
	// sectionedBulletRE matches a bullet or numbered list item.
	sectionedBulletRE = lazyRegexp(`^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$`)
	// sectionedHeadingRE matches a Markdown ATX heading.
	sectionedHeadingRE = lazyRegexp(`^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$`)
	// sectionedKeyRE matches a key at the start of an entry.
	sectionedKeyRE = lazyRegexp("(?i)^[*`]*(" + sectionedKeys + ")[*`]*\\s*[:=]\\s*")
	// sectionedNextKeyRE matches a separator and the key after it.
	sectionedNextKeyRE = lazyRegexp("(?i)\\s*[|,;]\\s*[*`]*(" + sectionedKeys + ")[*`]*\\s*[:=]")
	// sectionedBoldRE matches a line that is all bold: "**Get Order**".
	sectionedBoldRE    = lazyRegexp(`^\*\*[^*]+\*\*:?$`)
	sectionedCodeKeyRE = lazyRegexp("(?i)^(?:" + sectionedCodeKeys + ")$")
	sectionedMsgKeyRE  = lazyRegexp("(?i)^(?:" + sectionedMessageKeys + ")$")
	// sectionedDetectRE matches an entry line that only this family
	// writes: an error_code or error_message key, or a code key and a
	// message key on one line.
	sectionedDetectRE = lazyRegexp("(?im)^\\s*(?:[-*+]\\s+)?[*`]*(?:" +
		"error[ _]?(?:code|message)[*`]*\\s*:" +
		"|code[*`]*\\s*:[^\\n]*[|,;]\\s*[*`]*(?:error[ _]?)?message[*`]*\\s*:" +
		"|message[*`]*\\s*:[^\\n]*[|,;]\\s*[*`]*(?:error[ _]?)?code[*`]*\\s*:)")
)

// detectSectioned reports whether the file is a docs page (not YAML, JSON
// or source) with at least one line written as this family writes
// entries: an error_code or error_message key, or a code and a message key
// on one line (a code: key alone is YAML's).
func detectSectioned(filename string, data []byte) bool {
	if hasExt(filename, ".yaml", ".yml", ".json", ".go", ".ts", ".js") {
		return false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if sectionedDetectRE.MatchString(line) {
			return true
		}
	}
	return false
}

// A sectionedPair is one key: value of an entry line.
type sectionedPair struct {
	key, value string
}

// sectionedSplit splits an entry's text into key: value pairs, or returns
// nil when the text does not start with a known key.
func sectionedSplit(s string) []sectionedPair {
	var pairs []sectionedPair
	for {
		m := sectionedKeyRE.FindStringSubmatchIndex(s)
		if m == nil {
			return pairs
		}
		key := strings.ToLower(s[m[2]:m[3]])
		rest := s[m[1]:]
		value := rest
		next := ""
		if n := sectionedNextKeyRE.FindStringIndex(rest); n != nil {
			value = rest[:n[0]]
			next = strings.TrimLeft(rest[n[0]:], " \t|,;")
		}
		pairs = append(pairs, sectionedPair{key, strings.TrimSpace(value)})
		if next == "" {
			return pairs
		}
		s = next
	}
}

// sectionedUnwrap removes Markdown code or emphasis marks wrapping the
// whole of s.
func sectionedUnwrap(s string, quotes bool) string {
	s = strings.TrimSpace(s)
	for _, w := range []string{"**", "`", "*"} {
		if len(s) > 2*len(w) && strings.HasPrefix(s, w) && strings.HasSuffix(s, w) && !strings.Contains(s[len(w):len(s)-len(w)], w) {
			s = strings.TrimSpace(s[len(w) : len(s)-len(w)])
		}
	}
	if quotes && len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] && !strings.ContainsRune(s[1:len(s)-1], rune(s[0])) {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// sectionedLabel cleans an endpoint or heading text.
func sectionedLabel(s string) string {
	s = sectionedUnwrap(s, false)
	s = strings.TrimSpace(strings.TrimSuffix(s, ":"))
	return sectionedUnwrap(s, false)
}

func parseSectioned(filename string, data []byte) (*Doc, error) {
	doc := &Doc{}
	lines := strings.Split(string(data), "\n")
	start := 0
	// Skip a front-matter block (---\ntitle: ...\n---).
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines); i++ {
			if strings.TrimSpace(lines[i]) == "---" {
				start = i + 1
				break
			}
		}
	}

	endpoint := ""
	var last *Entry     // the entry on the previous line, for continuations
	lastKey := ""       // the key whose value a continuation extends
	lastIndent := 0     // the entry's indentation
	lastValueStart := 0 // index in last.Messages of the value being extended
	for i := start; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t\r")
		pos := Pos{File: filename, Line: i + 1}
		if strings.TrimSpace(line) == "" {
			last = nil
			continue
		}
		if m := sectionedHeadingRE.FindStringSubmatch(line); m != nil {
			// A section; entries right under it are listed under it.
			endpoint = sectionedLabel(m[1])
			last = nil
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		text := strings.TrimSpace(line)
		m := sectionedBulletRE.FindStringSubmatch(line)
		bullet := m != nil
		if bullet {
			text = m[2]
		}
		pairs := sectionedSplit(text)
		if !bullet && last != nil && indent > lastIndent && pairs == nil {
			// A wrapped line continues the entry's last value.
			sectionedContinue(last, lastKey, lastValueStart, text)
			continue
		}
		last = nil
		if !sectionedIsEntry(pairs, bullet) {
			if bullet || sectionedBoldRE.MatchString(text) {
				// A bullet that is not an entry, or a line in bold
				// alone, names an endpoint.
				endpoint = sectionedLabel(text)
			}
			continue // prose
		}
		e := Entry{Pos: pos}
		if endpoint != "" {
			e.Endpoints = []string{endpoint}
		}
		seen := make(map[string]bool)
		for _, p := range pairs {
			kind := sectionedKind(p.key)
			if seen[kind] && kind != "message" {
				doc.Warnings = append(doc.Warnings, errorf(pos, "entry gives its %s twice; keeping the first", kind))
				continue
			}
			seen[kind] = true
			lastKey = kind
			switch kind {
			case "code":
				e.Code = sectionedUnwrap(p.value, true)
			case "message":
				lastValueStart = len(e.Messages)
				if v := sectionedUnwrap(p.value, false); v != "" {
					e.Messages = append(e.Messages, v)
				}
			case "status":
				v := sectionedUnwrap(p.value, true)
				if v == "" {
					continue
				}
				if s, err := strconv.Atoi(strings.Fields(v)[0]); err == nil && s >= 100 && s <= 599 {
					e.Status = s
				} else if v == Placeholder {
					e.StatusPlaceholder, e.StatusPos = true, pos // undecided, as in YAML
				} else {
					doc.Warnings = append(doc.Warnings, errorf(pos, "status %q is not an HTTP status", v))
				}
			}
		}
		doc.Entries = append(doc.Entries, e)
		last = &doc.Entries[len(doc.Entries)-1]
		lastIndent = indent
	}
	return doc, nil
}

// sectionedKind says what a key gives: "code", "message" or "status".
func sectionedKind(key string) string {
	switch {
	case sectionedCodeKeyRE.MatchString(key):
		return "code"
	case sectionedMsgKeyRE.MatchString(key):
		return "message"
	}
	return "status"
}

// sectionedIsEntry reports whether the pairs of a line make an entry: a
// code or a message key; outside a bullet, an error_ key or two pairs,
// so that prose such as "Status: beta" is not taken for one.
func sectionedIsEntry(pairs []sectionedPair, bullet bool) bool {
	has, errKey := false, false
	for _, p := range pairs {
		if sectionedKind(p.key) != "status" {
			has = true
		}
		errKey = errKey || strings.HasPrefix(p.key, "err")
	}
	return has && (bullet || errKey || len(pairs) >= 2)
}

// sectionedContinue appends a wrapped line to the value of key in e.
func sectionedContinue(e *Entry, key string, msg int, text string) {
	switch key {
	case "message":
		if msg < len(e.Messages) {
			e.Messages[msg] += " " + text
		} else {
			e.Messages = append(e.Messages, text)
		}
	case "code":
		if e.Code == "" {
			e.Code = sectionedUnwrap(text, true)
		}
	}
}
