package catalog

import (
	"errors"
	"strings"
	"testing"
)

// Every entry of the TOML catalog, counted by hand, and every problem in it.
func TestTOML(t *testing.T) {
	want := []jhtWant{
		{line: 6, code: "ACCOUNT_FROZEN", status: 423, statusLine: 7, msg: "account {account_id} is frozen", template: true},
		{line: 12, code: "ACCOUNT_NOT_FOUND", status: 404, statusLine: 13, msg: "account {account_id} not found", template: true},
		{line: 16, code: "CURRENCY_MISMATCH", status: 422, statusLine: 17, msg: "The entry's currency differs from the account's."},
		{line: 21, code: "IDEMPOTENCY_REPLAYED", statusLine: 22, statusHole: true, msg: "request {key} was already processed", template: true},
		{line: 25, code: "LEDGER_UNAVAILABLE", status: 503, statusLine: 26, msg: "ledger is unavailable, retry later", template: true, retryable: true},
		{line: 30, code: "LEGACY_OVERDRAFT", status: 402, statusLine: 31, msg: "overdraft not allowed", template: true, deprecated: true},
		{line: 36, code: "DAILY_LIMIT_EXCEEDED", status: 429, statusLine: 37, msg: "daily limit of {limit} exceeded", template: true, retryable: true},
		{line: 48, code: "ENTRY_UNBALANCED", status: 422, statusLine: 50, msg: "debits and credits differ by {delta}", template: true},
		{line: 53, code: "4001", msg: "Legacy numeric code."},
		{line: 58, code: "", msg: "An entry with no code."},
		{line: 62, code: "TRANSACTION_DUPLICATE", name: "TXN_DUPLICATE", status: 409, statusLine: 62, msg: "transaction {id} already posted", template: true},
	}
	warnings := []string{
		`errors.toml:34: code "LEGACY_OVERDRAFT" gives its status twice (first at line 31); keeping the first`,
		`errors.toml:55: status "teapot" of code "4001" is not an HTTP status`,
	}
	doc := jhtCheck(t, "toml", "testdata/toml/errors.toml", want, warnings)
	cat := mergeEntries(t, doc)
	if len(cat.Codes) != 10 || len(cat.Holes) != 1 || cat.Holes[0].Pos.Line != 22 {
		t.Errorf("%d codes, holes %+v; want 10 codes and the hole at line 22", len(cat.Codes), cat.Holes)
	}
	if got := DetectFormat("docs/errors.toml", []byte("[A]\nstatus = 400\n")); got != "toml" {
		t.Errorf("DetectFormat(errors.toml) = %q", got)
	}
}

// The two layouts of real catalogs: pingcap's errors.toml (quoted keys,
// the message under "error", multi-line strings) and an array of tables.
func TestTOMLLayouts(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      string // code status message, per entry
	}{{
		name: "table per code",
		src: "[\"BR:Common:ErrInvalidArgument\"]\nerror = '''\ninvalid argument\n'''\ndescription = \"\"\nworkaround = \"\"\n\n" +
			"[\"BR:Common:ErrUnknown\"]\nerror = '''\ninternal error'''\n",
		want: "BR:Common:ErrInvalidArgument 0 invalid argument|BR:Common:ErrUnknown 0 internal error",
	}, {
		name: "array of tables",
		src:  "[[errors]]\ncode = \"not_found\"\nhttp_status = 404\nmessage = \"not found\"\n\n[[errors]]\ncode = 42\nstatus = 500\n",
		want: "not_found 404 not found|42 500 ",
	}, {
		name: "inline tables in an array",
		src:  "codes = [\n  { code = \"A\", status = 400 },\n  { code = \"B\", status = 409, message = \"b\" },\n]\n",
		want: "A 400 |B 409 b",
	}, {
		name: "no code table",
		src:  "[server]\nport = 8080\nname = \"api\"\n\n[database]\nurl = \"postgres://\"\n",
		want: "",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ParseFile("errors.toml", []byte(tc.src), "")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range doc.Entries {
				got = append(got, e.Code+" "+itoa(e.Status)+" "+strings.Join(e.Messages, ";"))
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("entries %q, want %q", g, tc.want)
			}
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

// A file that is not valid TOML is an error at the line and column the
// library names; never a panic, never a partial catalog.
func TestTOMLErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"[A]\nstatus = 400\nstatus = 404\n", "errors.toml:3:1: invalid TOML: "},
		{"[A]\nstatus = \n", "errors.toml:2:"},
		{"[A]\nmessage = \"unterminated\n", "errors.toml:2:"},
		{"[A]\nstatus = 400\n[A]\nstatus = 409\n", "errors.toml:3:"},
	} {
		_, err := ParseFile("errors.toml", []byte(tc.src), "toml")
		var list ErrorList
		if !errors.As(err, &list) || len(list) != 1 || !strings.HasPrefix(list[0].Error(), tc.want) {
			t.Errorf("%q: error %v, want it to start with %q", tc.src, err, tc.want)
		}
	}
}

// Values of the wrong kind are warnings at their line; the rest loads.
func TestTOMLBadValues(t *testing.T) {
	src := "[A]\nstatus = 4.5\nmessage = 3\nretryable = \"yes\"\nendpoints = \"createOrder\"\n\n[B]\nstatus = \"409\"\ncode = [1]\n"
	doc, err := ParseFile("errors.toml", []byte(src), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`errors.toml:2: status 4.5 of code "A" is not an HTTP status`,
		`errors.toml:3: message of code "A" must be a string, not an integer`,
		`errors.toml:4: retryable of code "A" must be true or false, not a string`,
		`errors.toml:5: endpoints of code "A" must be a list of strings, not a string`,
		`errors.toml:9: code must be a string or an integer, not an array`,
	}
	if got := doc.Warnings.Error(); got != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	if len(doc.Entries) != 2 || doc.Entries[1].Code != "B" || doc.Entries[1].Status != 409 {
		t.Errorf("entries %+v", doc.Entries)
	}
}
