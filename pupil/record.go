// Package pupil holds a pupil's session record (name, notes, agreed next
// steps and shortlist) and the Store that keeps it between runs.
package pupil

import (
	"maps"
	"slices"
	"strings"
)

// BuiltIn is the shortlist's key for the catalogue built into the binary;
// another catalogue's is its file's absolute path.
const BuiltIn = "built-in"

// Record is the current pupil's session: whom the handout is for, the
// agreed next steps, the adviser's notes on single professions and the
// ticked professions in the handout's order. Each catalogue has a
// shortlist of its own, so that a run on another catalogue leaves the
// built-in one's as it was.
type Record struct {
	Pupil           string              `json:"pupil,omitempty"`
	Notes           string              `json:"notes,omitempty"` // agreed next steps
	ProfessionNotes map[string]string   `json:"professionNotes,omitempty"`
	Shortlists      map[string][]string `json:"shortlists,omitempty"` // catalogue key -> ticked ids in order
}

// IsEmpty says whether nothing was typed for the pupil (the shortlist
// aside: the window asks about that itself).
func (r Record) IsEmpty() bool {
	if strings.TrimSpace(r.Pupil) != "" || strings.TrimSpace(r.Notes) != "" {
		return false
	}
	for _, n := range r.ProfessionNotes {
		if strings.TrimSpace(n) != "" {
			return false
		}
	}
	return true
}

// Clone is a copy that shares nothing with r.
func (r Record) Clone() Record {
	r.ProfessionNotes = maps.Clone(r.ProfessionNotes)
	if r.Shortlists != nil {
		lists := make(map[string][]string, len(r.Shortlists))
		for k, v := range r.Shortlists {
			lists[k] = slices.Clone(v)
		}
		r.Shortlists = lists
	}
	return r
}

// Shortlist is the ticked professions of the catalogue with key, in order.
func (r Record) Shortlist(key string) []string {
	return slices.Clone(r.Shortlists[key])
}

// SetShortlist keeps ids as the catalogue's shortlist; none removes it.
func (r *Record) SetShortlist(key string, ids []string) {
	if len(ids) == 0 {
		delete(r.Shortlists, key)
		return
	}
	if r.Shortlists == nil {
		r.Shortlists = map[string][]string{}
	}
	r.Shortlists[key] = slices.Clone(ids)
}
