package catalogue

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
)

// notStatedValue is how the file says the checked sources state nothing
// for entry requirements or a band: the app then says NotStated.
const notStatedValue = "not stated"

// The facts of a profession a [[professions.sources]] entry can back.
var sourcedFacts = []string{"routes", "entry_requirements", "band"}

// source checks a fact group's source: a name, a web address and a
// "checked" date. at finds the line of a key in the group.
func (v *validator) source(at func(key string) int, label string, names [3]string, name, address string, checked time.Time) Source {
	nameKey, urlKey, checkedKey := names[0], names[1], names[2]
	if strings.TrimSpace(name) == "" {
		v.add(at(nameKey), label+nameKey, "is missing or empty")
	} else if strings.ContainsAny(name, "\r\n") {
		v.add(at(nameKey), label+nameKey, "must be one line")
	}
	if !IsWebAddress(address) {
		v.add(at(urlKey), label+urlKey, notWebAddress(address))
	}
	if checked.IsZero() {
		v.add(at(checkedKey), label+checkedKey, "is missing: give the date the source was last checked (checked = 2025-11-24)")
	}
	return Source{Name: name, URL: address, Checked: checked}
}

// optionalText checks a one-line text field that may be left out.
func (v *validator) optionalText(table string, i int, label, key, value string) {
	switch {
	case value == "":
	case strings.TrimSpace(value) == "":
		v.addAt(table, i, key, label+key, "is empty")
	case strings.ContainsAny(value, "\r\n"):
		v.addAt(table, i, key, label+key, "must be one line")
	}
}

// payScales checks the pay scales and returns them oldest first.
func (v *validator) payScales(scales []filePayScale) []PayScale {
	var out []PayScale
	for i, s := range scales {
		label := fmt.Sprintf("pay_scales[%d].", i+1)
		at := func(key string) int { return v.lines().field("pay_scales", i, key) }
		for _, kv := range [][2]string{{"name", s.Name}, {"year", s.Year}, {"nation", s.Nation}} {
			v.text("pay_scales", i, label, kv[0], kv[1])
		}
		if s.From.IsZero() {
			v.add(at("from"), label+"from", "is missing: give the date from which the scale applies (from = 2025-04-01)")
		}
		if s.Hours < 0 {
			v.add(at("hours"), label+"hours", "must not be negative")
		}
		ps := PayScale{Name: s.Name, Year: s.Year, Nation: s.Nation, From: s.From, Hours: s.Hours,
			Source: v.source(at, label, [3]string{"source_name", "source", "checked"}, s.SourceName, s.Source, s.Checked)}
		if len(s.Bands) == 0 {
			v.add(at("bands"), label+"bands", "there must be at least one band")
		}
		seen := map[string]int{}
		for j, b := range s.Bands {
			bl := fmt.Sprintf("%sbands[%d].", label, j+1)
			bat := func(key string) int { return v.lines().subField("pay_scales", i, "bands", j, key) }
			switch {
			case strings.TrimSpace(b.Band) == "":
				v.add(bat("band"), bl+"band", "is missing or empty")
			case b.Band == BandNone || b.Band == notStatedValue:
				v.add(bat("band"), bl+"band", fmt.Sprintf("%q is kept for a profession's band: name the band otherwise", b.Band))
			case seen[b.Band] > 0:
				v.add(bat("band"), bl+"band", fmt.Sprintf("duplicate band %q (first given by bands[%d])", b.Band, seen[b.Band]))
			default:
				seen[b.Band] = j + 1
			}
			if len(b.Points) == 0 {
				v.add(bat("points"), bl+"points", "there must be at least one pay point")
			}
			band := PayBand{Band: b.Band}
			for k, p := range b.Points {
				switch {
				case p.Pay <= 0:
					v.add(bat("points"), fmt.Sprintf("%spoints[%d].pay", bl, k+1), "must be a yearly salary in pounds, more than 0")
				case k > 0 && p.Pay <= b.Points[k-1].Pay:
					v.add(bat("points"), fmt.Sprintf("%spoints[%d].pay", bl, k+1),
						fmt.Sprintf("%d is not more than the point before it (%d): give the points from lowest to highest", p.Pay, b.Points[k-1].Pay))
				}
				if strings.ContainsAny(p.Experience, "\r\n") {
					v.add(bat("points"), fmt.Sprintf("%spoints[%d].experience", bl, k+1), "must be one line")
				}
				band.Points = append(band.Points, PayPoint(p))
			}
			ps.Bands = append(ps.Bands, band)
		}
		out = append(out, ps)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].From.Before(out[b].From) })
	return out
}

// funding checks the training grant's rules.
func (v *validator) funding(f *fileFunding) *Funding {
	if f == nil {
		return nil
	}
	const label = "funding."
	at := func(key string) int { return v.lines().field("funding", -1, key) }
	for _, kv := range [][2]string{{"name", f.Name}, {"nation", f.Nation}, {"who", f.Who}} {
		v.text("funding", -1, label, kv[0], kv[1])
	}
	if f.Grant <= 0 {
		v.add(at("grant"), label+"grant", "must be the yearly grant in pounds, more than 0")
	}
	if f.ShortageExtra < 0 {
		v.add(at("shortage_extra"), label+"shortage_extra", "must not be negative")
	}
	if f.Childcare < 0 {
		v.add(at("childcare"), label+"childcare", "must not be negative")
	}
	return &Funding{Name: f.Name, Nation: f.Nation, Grant: f.Grant, ShortageExtra: f.ShortageExtra, Childcare: f.Childcare, Who: f.Who,
		Source: v.source(at, label, [3]string{"source_name", "source", "checked"}, f.SourceName, f.Source, f.Checked)}
}

// glance checks a profession's "At a glance" facts against the catalogue's
// pay scale and funding rules, and builds them; nil when it gives none.
func (v *validator) glance(i int, label string, p *fileProfession, scale *PayScale, funding *Funding, links []Link) *Glance {
	v.optionalText("professions", i, label, "work_settings", p.WorkSettings)
	given := len(p.Routes) > 0 || p.EntryRequirements != "" || p.Band != "" || p.BandNote != "" ||
		p.TrainingGrant != "" || p.TrainingGrantNote != "" || len(p.Sources) > 0
	if !given {
		return nil
	}
	at := func(key string) int { return v.lines().field("professions", i, key) }
	g := &Glance{}

	for j, r := range p.Routes {
		rl := fmt.Sprintf("%sroutes[%d].", label, j+1)
		rat := func(key string) int { return v.lines().subField("professions", i, "routes", j, key) }
		if _, ok := routeLabels[RouteKind(r.Kind)]; !ok {
			msg := "is missing or empty"
			if r.Kind != "" {
				msg = fmt.Sprintf("%q is not a kind of route", r.Kind)
			}
			v.add(rat("kind"), rl+"kind", msg+" (known: degree, apprenticeship, postgraduate, employer)")
		}
		switch {
		case strings.TrimSpace(r.Text) == "":
			v.add(rat("text"), rl+"text", "is missing or empty")
		case strings.ContainsAny(r.Text, "\r\n"):
			v.add(rat("text"), rl+"text", "must be one line")
		}
		g.Routes = append(g.Routes, Route{Kind: RouteKind(r.Kind), Text: r.Text})
	}

	v.optionalText("professions", i, label, "entry_requirements", p.EntryRequirements)
	g.EntryGiven = p.EntryRequirements != ""
	if p.EntryRequirements != notStatedValue {
		g.Entry = p.EntryRequirements
	}

	g.BandGiven = p.Band != ""
	g.Scale = scale
	switch {
	case p.Band == "" || p.Band == notStatedValue:
	case p.Band == BandNone:
		g.Band = BandNone
	case scale == nil:
		v.add(at("band"), label+"band", fmt.Sprintf("%q is not a band of a pay scale: the catalogue gives no [[pay_scales]]", p.Band))
	default:
		b, ok := scale.Band(p.Band)
		if !ok {
			known := []string{}
			for _, b := range scale.Bands {
				known = append(known, b.Band)
			}
			known = append(known, BandNone, notStatedValue)
			v.add(at("band"), label+"band", fmt.Sprintf("%q is not a band of the pay scale %s (known: %s)", p.Band, scale.Year, strings.Join(known, ", ")))
		}
		g.Band, g.Pay = p.Band, b
	}
	v.optionalText("professions", i, label, "band_note", p.BandNote)
	g.BandNote = p.BandNote
	if p.BandNote != "" && p.Band == "" {
		v.add(at("band_note"), label+"band_note", "is a note on the band, but no band is given")
	}
	if p.Band == BandNone && p.BandNote == "" {
		v.add(at("band"), label+"band", `"none" needs a band_note saying why there is no NHS pay band`)
	}

	g.Funding = funding
	switch GrantStatus(p.TrainingGrant) {
	case "":
	case GrantEligible, GrantEligibleShortage, GrantNotListed:
		g.Grant = GrantStatus(p.TrainingGrant)
		if funding == nil {
			v.add(at("training_grant"), label+"training_grant", "the catalogue gives no [funding] rules for it to refer to")
		}
	default:
		v.add(at("training_grant"), label+"training_grant",
			fmt.Sprintf("%q is not a training grant status (known: eligible, eligible-shortage, not-listed)", p.TrainingGrant))
	}
	v.optionalText("professions", i, label, "training_grant_note", p.TrainingGrantNote)
	g.GrantNote = p.TrainingGrantNote
	if p.TrainingGrantNote != "" && p.TrainingGrant == "" {
		v.add(at("training_grant_note"), label+"training_grant_note", "is a note on the training grant, but no training_grant is given")
	}

	// Every fact stated needs a source; a source backs only facts given.
	stated := map[string]bool{
		"routes":             len(p.Routes) > 0,
		"entry_requirements": g.Entry != "",
		"band":               p.Band != "" && p.Band != notStatedValue,
	}
	g.Sources = make([]Source, len(p.Sources)) // pointers into it are kept
	backs := map[string]int{}
	for j, s := range p.Sources {
		sl := fmt.Sprintf("%ssources[%d].", label, j+1)
		sat := func(key string) int { return v.lines().subField("professions", i, "sources", j, key) }
		g.Sources[j] = v.source(sat, sl, [3]string{"name", "url", "checked"}, s.Name, s.URL, s.Checked)
		g.Sources[j].Secondary = s.Secondary
		if len(s.Facts) == 0 {
			v.add(sat("facts"), sl+"facts", `names no facts: list those it backs (facts = ["routes", "entry_requirements", "band"])`)
		}
		for _, fact := range s.Facts {
			switch {
			case !slices.Contains(sourcedFacts, fact):
				v.add(sat("facts"), sl+"facts", fmt.Sprintf("%q is not a fact a source backs (known: %s)", fact, strings.Join(sourcedFacts, ", ")))
			case !stated[fact]:
				v.add(sat("facts"), sl+"facts", fmt.Sprintf("%q is not stated by this profession, so there is nothing for the source to back", fact))
			case backs[fact] > 0:
				v.add(sat("facts"), sl+"facts", fmt.Sprintf("%q is already backed by sources[%d]", fact, backs[fact]))
			default:
				backs[fact] = j + 1
			}
		}
	}
	for _, fact := range sourcedFacts {
		if stated[fact] && backs[fact] == 0 {
			v.add(at(fact), label+fact, fmt.Sprintf(`has no source: add a [[professions.sources]] with facts = [%q], its url and a checked date`, fact))
		}
	}
	if j := backs["routes"]; j > 0 {
		g.RoutesSource = &g.Sources[j-1]
	}
	if j := backs["entry_requirements"]; j > 0 {
		g.EntrySource = &g.Sources[j-1]
	}
	if j := backs["band"]; j > 0 {
		g.BandSource = &g.Sources[j-1]
	}

	for k := range links {
		if u, err := url.Parse(links[k].URL); err == nil && u.Host == "www.healthcareers.nhs.uk" {
			l := links[k]
			g.CheckAt = &l
			break
		}
	}
	return g
}
