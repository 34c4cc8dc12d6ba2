// Package groups serves store groups: the tree stock is aggregated over.
package groups

import (
	"encoding/json"
	"net/http"

	"github.com/errcodes/errcodes/testdata/inventory/problem"
)

// A Group is a node of the store tree.
type Group struct {
	Code   string `json:"code"`
	Parent string `json:"parent"`
}

// Store keeps groups.
type Store interface {
	Get(code string) (Group, bool)
	Ancestors(code string) []string
	Put(g Group) error
}

// Handler serves /groups.
type Handler struct {
	Store    Store
	Problems problem.Responder
}

// Routes registers the group endpoints.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("PUT /groups/{code}", h.Put)
}

// Put adds or updates a group.
//
//errcodes:endpoint "Add / Update Group"
func (h *Handler) Put(w http.ResponseWriter, r *http.Request) {
	g := Group{Code: r.PathValue("code")}
	if err := json.NewDecoder(r.Body).Decode(&g); err != nil {
		// Wrong: the docs list duplicate_aggregator_setting for the
		// aggregator settings endpoints, not for this one.
		h.Problems.Error(w, r, http.StatusBadRequest, "duplicate_aggregator_setting", err.Error())
		return
	}
	if g.Parent != "" {
		if _, ok := h.Store.Get(g.Parent); !ok {
			// Silent: a documented code, for this endpoint, with its status.
			h.Problems.Error(w, r, http.StatusNotFound, "parent_not_found", "Parent group not found")
			return
		}
	}
	for _, a := range h.Store.Ancestors(g.Parent) {
		if a == g.Code {
			// Wrong: group_assignment_error is answered with 400.
			h.Problems.Error(w, r, http.StatusUnprocessableEntity, "group_assignment_error", "Invalid Group assignment: "+g.Parent)
			return
		}
	}
	if g.Parent == g.Code {
		// Silent: the finding is suppressed with a reason.
		//errcodes:ignore group_is_own_parent is proposed in DOCS-1187; clients already handle it
		h.Problems.Error(w, r, http.StatusBadRequest, "group_is_own_parent", "A group cannot be its own parent")
		return
	}
	if err := h.Store.Put(g); err != nil {
		problem.Respond(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
