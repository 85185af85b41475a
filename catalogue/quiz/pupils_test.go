package quiz_test

import (
	"slices"
	"strings"
	"testing"
)

// pupils are answers as a pupil gives them and the professions they should
// lead to, first (all of them, when they tie), with the sentences of the
// guide that make it right; notShown are professions the answers must not
// suggest at all.
var pupils = []struct {
	name            string
	agree, disagree []string
	first           []string
	notShown        []string
	because         string
}{
	{"loves food", []string{"food"}, nil, []string{"dietitian"}, nil,
		`seed: "Dietitians ... work with individuals to improve their diet."`},
	{"sporty", []string{"sport"}, nil, []string{"dietitian", "physiotherapist"}, nil,
		`seed: dietitians help people who "want to improve their sports performance"; facts.md: physiotherapy "includes ... sports injuries"`},
	{"sporty, not into food", []string{"sport"}, []string{"food"}, []string{"physiotherapist"}, []string{"dietitian"},
		`facts.md: "sports injuries"; the dietitian's one link is outweighed by food`},
	{"wants the operating theatre", []string{"operating-theatre"}, nil, []string{"operating-department-practitioner"}, nil,
		`seed: the ODP works "within the operating theatre; anaesthetics, surgery and recovery"`},
	{"likes machines, hates the idea of surgery", []string{"technology"}, []string{"operating-theatre"}, []string{"therapeutic-radiographer"}, []string{"operating-department-practitioner"},
		`seed: therapeutic radiographers "have expertise in the technology"; the ODP's equipment is outweighed by the operating theatre`},
	{"calm in a crisis", []string{"emergencies"}, nil, []string{"paramedic"}, nil,
		`seed: paramedics "must be able to think quickly, make sound decisions under pressure"`},
	{"calm and never at a desk", []string{"emergencies", "out-and-about"}, nil, []string{"paramedic"}, nil,
		`seed: "the first healthcare provider to arrive at the scene of an emergency"`},
	{"fascinated by scans", []string{"images"}, nil, []string{"diagnostic-radiographer", "therapeutic-radiographer"}, nil,
		`seed: diagnostic radiographers "produce and process images of body structures"; therapeutic ones perform "a CT scan"`},
	{"scans, and helping with cancer", []string{"images", "cancer-care"}, nil, []string{"therapeutic-radiographer"}, nil,
		`seed: "deliver radiotherapy for patients undergoing treatment for cancer"`},
	{"scans and science", []string{"images", "science"}, nil, []string{"diagnostic-radiographer"}, nil,
		`seed: "images of body structures to support the diagnosis of disease"; facts.md: A levels "incl. physics, chemistry or biology"`},
	{"scans but not cancer", []string{"images"}, []string{"cancer-care"}, []string{"diagnostic-radiographer"}, []string{"therapeutic-radiographer"},
		`seed: diagnostic radiographers' images; the therapeutic radiographer's scan is outweighed by cancer care`},
	{"wants to help people with cancer", []string{"cancer-care"}, nil, []string{"therapeutic-radiographer"}, nil,
		`seed: "radiotherapy for patients undergoing treatment for cancer"`},
	{"interested in how we talk", []string{"talking"}, nil, []string{"speech-and-language-therapist"}, nil,
		`seed: "speech, language and communication problems"`},
	{"talking and children", []string{"talking", "children"}, nil, []string{"speech-and-language-therapist"}, nil,
		`seed: "people of all ages ... parents, carers ... teachers"`},
	{"good with kids, interested in eyes", []string{"children", "eyes"}, nil, []string{"orthoptist"}, nil,
		`seed: orthoptists "manage eye movement disorder" and assess "the vision of babies"`},
	{"good with kids, plays music", []string{"children", "music"}, nil, []string{"music-therapist"}, nil,
		`seed: music therapists work in "schools, pupil referral units" through "live musical interaction"`},
	{"good with kids, loves art", []string{"children", "art"}, nil, []string{"art-therapist"}, nil,
		`seed: art therapists "support children and adults"`},
	{"wants to help with mental health", []string{"feelings"}, nil, []string{"drama-therapist", "music-therapist", "art-therapist"}, nil,
		`seed: "mental health needs"; "emotional wellbeing"; "emotions and feelings"`},
	{"mental health and acting", []string{"feelings", "acting"}, nil, []string{"drama-therapist"}, nil,
		`seed: "role-playing, storytelling and performance"`},
	{"loves acting", []string{"acting"}, nil, []string{"drama-therapist"}, nil,
		`seed: "processes from the theatre"`},
	{"plays music", []string{"music"}, nil, []string{"music-therapist"}, nil,
		`seed: "live musical interaction between client and therapist"`},
	{"loves art", []string{"art"}, nil, []string{"art-therapist"}, nil,
		`seed: "a range of creative materials"`},
	{"music, but not feelings", []string{"music"}, []string{"feelings"}, nil, []string{"music-therapist"},
		`seed: music therapy is for "emotional wellbeing": Disagree weighs as much as Agree, so nothing stands out`},
	{"helping people back to everyday life", []string{"daily-living"}, nil, []string{"occupational-therapist"}, nil,
		`seed: "get back to those daily activities as independently as possible"`},
	{"movement and injuries", []string{"movement"}, nil, []string{"physiotherapist", "osteopath"}, nil,
		`seed: physiotherapists "restore and maximise their movement"; osteopaths assist "repairing injuries"`},
	{"movement, with my hands", []string{"movement", "hands-on"}, nil, []string{"osteopath"}, nil,
		`seed: osteopaths use "a combination of manual techniques"`},
	{"movement and older people", []string{"movement", "older-people"}, nil, []string{"physiotherapist"}, nil,
		`seed: physiotherapists help with difficulties from "illness, injury, disability or ageing"`},
	{"sport and recovering from injury", []string{"sport", "movement"}, nil, []string{"physiotherapist"}, nil,
		`facts.md: "sports injuries"; seed: "restore and maximise their movement"`},
	{"feet", []string{"feet"}, nil, []string{"podiatrist", "prosthetist-orthotist"}, nil,
		`seed: podiatrists "help with problems that affect the feet and lower legs"; prosthetists and orthotists treat "people with diabetic foot ulcers"`},
	{"feet and science", []string{"feet", "science"}, nil, []string{"podiatrist"}, nil,
		`seed: "The study of anatomy and physiology of feet and lower legs"`},
	{"feet and making things", []string{"feet", "design-make"}, nil, []string{"prosthetist-orthotist"}, nil,
		`seed: "prescribe, design, fit and monitor orthoses and prostheses"`},
	{"designing things that fit", []string{"design-make"}, nil, []string{"prosthetist-orthotist"}, nil,
		`seed: "design, fit and monitor orthoses and prostheses"`},
	{"eyes", []string{"eyes"}, nil, []string{"orthoptist"}, nil,
		`seed: "eye movement disorder and visual impairments"`},
	{"wants her own practice", []string{"own-practice"}, nil, []string{"osteopath"}, nil,
		`facts.md: "most osteopaths are self-employed"`},
	{"older people", []string{"older-people"}, nil, []string{"physiotherapist", "prosthetist-orthotist"}, nil,
		`seed: "ageing"; "the elderly who have lost a limb"`},
	{"likes technology", []string{"technology"}, nil, []string{"therapeutic-radiographer", "operating-department-practitioner"}, nil,
		`seed: "expertise in the technology"; "all of the necessary equipment"`},
	{"hates blood, wants to help with feelings", []string{"feelings"}, []string{"operating-theatre", "emergencies"}, []string{"drama-therapist", "music-therapist", "art-therapist"}, []string{"operating-department-practitioner", "paramedic"},
		`seed: the arts therapists' "mental health needs", "emotional wellbeing", "emotions and feelings"; Disagree keeps the theatre and the emergency away`},
	{"kids but not eyes", []string{"children"}, []string{"eyes"}, []string{"speech-and-language-therapist", "prosthetist-orthotist", "music-therapist", "art-therapist", "physiotherapist"}, []string{"orthoptist"},
		`the six linked to children, less the orthoptist, whose eyes are disagreed with`},
}

func TestPupils(t *testing.T) {
	c := embedded(t)
	if len(pupils) < 30 {
		t.Fatalf("%d cases; the issue asks for at least 30", len(pupils))
	}
	for _, tc := range pupils {
		t.Run(tc.name, func(t *testing.T) {
			r := rank(t, c, answers(tc.agree, tc.disagree))
			got := ids(r.First(1))
			if !sameSet(got, tc.first) {
				t.Errorf("first %v, want %v (%s)", got, tc.first, tc.because)
			}
			if len(tc.first) == 0 && !r.Empty() {
				t.Errorf("suggests %v, want nothing (%s)", got, tc.because)
			}
			for _, id := range tc.notShown {
				if position(r, id) != notSuggested {
					t.Errorf("%s is suggested, at %d (%s)", id, position(r, id), tc.because)
				}
			}
			for _, p := range r.Places[:len(got)] {
				if p.Tied != (len(tc.first) > 1) {
					t.Errorf("%s: tied %v with %d first", p.Profession.ID, p.Tied, len(tc.first))
				}
				for _, why := range p.For {
					if !slices.Contains(tc.agree, why.Statement.ID) || strings.TrimSpace(why.Quote) == "" {
						t.Errorf("%s: reason %s %q", p.Profession.ID, why.Statement.ID, why.Quote)
					}
				}
			}
		})
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
