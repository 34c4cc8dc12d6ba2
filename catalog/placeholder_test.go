package catalog

import (
	"fmt"
	"strings"
	"testing"
)

// "?" in a status or code cell is an unresolved placeholder in every
// format that has such cells, as in YAML: a hole the lint and the checks
// report, never a "not an HTTP status" warning.
func TestPlaceholdersEveryFormat(t *testing.T) {
	for _, tc := range []struct {
		format, file, page string
		holes              string // "code field line", in file order
	}{{
		format: "markdown-table", file: "errors.md",
		page:  "# Errors\n\n| Code | Status | Message |\n|---|---|---|\n| ORDER_LOCKED | ? | Order is locked |\n| ? | 409 | Conflict |\n| `ORDER_GONE` | `?` | Order is gone |\n",
		holes: "ORDER_LOCKED status 5; ? code 6; ORDER_GONE status 7",
	}, {
		format: "sectioned-list", file: "errors.md",
		page:  "# Errors\n\n* Create Order\n  * code: order_locked | message: Order is locked | status: ?\n  * code: ? | message: Conflict | status: 409\n",
		holes: "order_locked status 4; ? code 5",
	}, {
		format: "status-groups", file: "errors.md",
		page:  "# Orders API errors\n\n## General errors\n\n### 409 Conflict\n\n#### 409:OrderLocked\nReturned when the order is locked.\n\n| Field | Type | Description |\n|---|---|---|\n| code | String | \"OrderLocked\" |\n| message | String | \"Order $id is locked.\" |\n\n## API-specific errors\n\n#### ?:OrderGone\nReturned when the order is gone.\ncode String | \"OrderGone\" |\nmessage String | \"Order $id is gone.\" |\n",
		holes: "OrderGone status 17",
	}, {
		format: "json-headings", file: "errors.md",
		page:  "# Errors\n\n## Error codes\n\n### `ORDER_LOCKED` (?)\n\nThe order is locked.\n\n### `ORDER_GONE`\n\nThe order is gone.\n\n```json\n{\"error\": {\"code\": \"ORDER_GONE\", \"message\": \"Order gone\", \"status\": \"?\"}}\n```\n",
		holes: "ORDER_LOCKED status 5; ORDER_GONE status 14",
	}} {
		t.Run(tc.format, func(t *testing.T) {
			doc, err := ParseFile(tc.file, []byte(tc.page), tc.format)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range doc.Warnings {
				if strings.Contains(w.Msg, "not an HTTP status") {
					t.Errorf("warning %v", w)
				}
			}
			cat := mergeEntries(t, doc)
			var got []string
			for _, h := range cat.Holes {
				got = append(got, fmt.Sprintf("%s %s %d", h.Code, h.Field, h.Pos.Line))
			}
			if g := strings.Join(got, "; "); g != tc.holes {
				t.Errorf("holes %q, want %q", g, tc.holes)
			}
		})
	}
}
