package input

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean removes boilerplate from the text of one article and returns its
// paragraphs, one a line, with runs of spaces collapsed and blank lines
// dropped.
//
// The rules are general, never one site's wording (the vocabulary is in
// dict/boilerplate.tsv):
//   - lines that are boilerplate wherever they stand: template placeholders
//     ({{...}}), calls to action ("Subscribe now", "Log in", "Read more" at
//     the start of a short line or the end of an unfinished one, "click
//     here" anywhere in one), lines that are only a label ("Advertisement")
//     or have no word at all,
//     price and plan lines ("$4/month", "3 Months"), short lines that sell
//     (two cues such as "premium", "newsletter", "your"), share bars, menus
//     and breadcrumbs, cookie notices, disclaimers and rights notices;
//   - sign-offs: an agency tag ("--AGENCY", "(Agency)"), editor initials
//     ("ab/cd"), a credit line ("Reporting by ...") or an end mark ("ENDS").
//     A sign-off is removed, and when no story sentence follows it, so is
//     everything after it: that is where subscription boxes live;
//   - short lines after the last story sentence when boilerplate is among
//     them (link lists, plan tables, menus), unless the story introduces
//     them with a colon: without boilerplate among them they are the story's
//     own list (fixtures, results) and stay;
//   - the agency in a dateline ("CITY (Agency) - ") while the city stays.
//
// The first line is never taken for a selling line or a price: it is usually
// the headline, and headlines are short and may name money.
func Clean(text string) string {
	v := mustVocab()
	var lines []cleanLine
	for raw := range strings.Lines(text) {
		s := collapseSpace(raw)
		if s == "" {
			continue
		}
		lines = append(lines, cleanLine{text: s})
	}
	for i := range lines {
		lines[i].classify(v, i == 0)
	}

	// A sign-off ends the story when no story sentence follows it.
	end := len(lines)
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		if l.junk == "" && l.sentence() {
			break
		}
		if l.junk == ruleSignOff {
			end = i
		}
	}
	lines = lines[:end]

	// Short lines after the last story sentence go with the boilerplate
	// among them: the headlines under "Related stories", the plan names
	// between prices, the menu around "Home". Without boilerplate among them
	// they are the story's own list (fixtures, results) and stay, and so
	// does a list the story introduces ("The winners were:").
	last := -1
	for i, l := range lines {
		if l.junk == "" && l.sentence() {
			last = i
		}
	}
	if last >= 0 {
		tail, junk, menu := lines[last+1:], false, true
		for _, l := range tail {
			if l.junk != "" {
				junk = true
			} else if l.words > 15 || strings.HasSuffix(l.text, ":") {
				menu = false
			}
		}
		if junk && menu {
			lines = lines[:last+1]
		}
	}

	kept := lines[:0]
	for _, l := range lines {
		if l.junk == "" {
			kept = append(kept, l)
		}
	}
	lines = kept

	var b strings.Builder
	for i, l := range lines {
		s := l.text
		if i < 3 {
			s = stripDatelineAgency(s)
		}
		b.WriteString(s)
		b.WriteByte('\n')
	}
	return b.String()
}

// Rule names: why a line was taken for boilerplate (kept for tests and for
// debugging a surprising removal).
const (
	rulePlaceholder = "placeholder"
	ruleCTA         = "call-to-action"
	ruleLabel       = "label"
	rulePrice       = "price"
	ruleSelling     = "selling"
	ruleShare       = "share-bar"
	ruleMenu        = "menu"
	ruleCookie      = "cookie"
	ruleDisclaimer  = "disclaimer"
	ruleRights      = "rights"
	ruleSignOff     = "sign-off"
	ruleNoWords     = "no-words" // punctuation or symbols alone
	ruleFeedFooter  = "feed-footer"
)

type cleanLine struct {
	text  string
	words int
	junk  string // the rule that took it for boilerplate, "" for story
}

// sentence reports whether the line reads like story prose: a few words
// ending as a sentence ends. A paragraph wholly in brackets is an editor's
// note, not prose.
func (l cleanLine) sentence() bool {
	bracketed := strings.HasPrefix(l.text, "(") && strings.HasSuffix(strings.TrimSuffix(l.text, "."), ")") ||
		strings.HasPrefix(l.text, "[") && strings.HasSuffix(strings.TrimSuffix(l.text, "."), "]")
	return l.words >= 4 && endsSentence(l.text) && !bracketed
}

func (l *cleanLine) classify(v *vocab, first bool) {
	l.words = len(strings.Fields(l.text))
	l.junk = junkRule(v, l.text, l.words, first)
}

// junkRule returns the rule that takes line for boilerplate, or "".
func junkRule(v *vocab, line string, words int, first bool) string {
	norm := fold(line)
	bare := strings.TrimLeftFunc(norm, isBullet)
	switch {
	case strings.ContainsAny(line, "{") && placeholderRE().MatchString(line):
		return rulePlaceholder
	case isSignOff(v, line, bare, words):
		return ruleSignOff
	case words <= 60 && feedFooterRE().MatchString(norm):
		return ruleFeedFooter
	case words <= 12 && hasPrefixPhrase(bare, v.cta),
		words <= 20 && containsPhrase(norm, v.ctaInside),
		!first && !endsSentence(line) && hasSuffixPhrase(norm, v.cta):
		return ruleCTA
	case !strings.ContainsFunc(line, isWordy):
		return ruleNoWords
	case v.label[labelForm(norm)]:
		return ruleLabel
	case isShareBar(v, norm, words):
		return ruleShare
	case isMenu(line):
		return ruleMenu
	case isCookieNotice(v, norm):
		return ruleCookie
	case hasPrefixPhrase(bare, v.disclaimer):
		return ruleDisclaimer
	case words <= 20 && (containsPhrase(norm, v.rights) || copyrightRE().MatchString(norm)):
		return ruleRights
	}
	if first {
		return ""
	}
	if words <= 8 && isPriceLine(norm) {
		return rulePrice
	}
	// Two independent cues make a short line a sales pitch; one is not
	// enough ("Newsletter row deepens" is news), and a full sentence with
	// them is most likely news about a subscription.
	if words <= 15 && !(words >= 8 && endsSentence(line)) {
		cues := 0
		for _, p := range v.marketing {
			if containsPhrase(norm, []string{p}) {
				cues++
			}
		}
		if addresses(v, norm) {
			cues++
		}
		if hasPrice(norm) {
			cues++
		}
		if cues >= 2 {
			return ruleSelling
		}
	}
	return ""
}

var (
	placeholderRE = lazyRegexp(`\{\{[^{}]*\}\}|\{%[^%]*%\}|\$\{[^{}]*\}`)

	// An agency tag on its own line: "--AGENCY", "— Agency Name".
	// A single hyphen and a space start a bullet, not a sign-off.
	dashAgencyRE = lazyRegexp(`^(?:-{2,3}\s*|[–—]{1,2}\s*|-)\p{Lu}[\p{L}.&']*(?:[ /]\p{L}[\p{L}.&']*){0,3}\s*[-–—]*$`)
	// "(Agency)" or "(Agency, Other)" on its own line.
	parenAgencyRE = lazyRegexp(`^\(\s*\p{Lu}[\p{L}.&']*(?:[ ,/]+\p{L}[\p{L}.&']*){0,3}\s*\)\.?$`)
	// Editor initials, as wires sign stories off: "ab/", "ab/cd", "ab/cd (Agency)".
	initialsRE = lazyRegexp(`^\p{Ll}{1,5}(?:/\p{Ll}{1,5})*/(?:\p{Ll}{1,5})?(?:\s*\([^()]*\))?$|^\p{Ll}{1,5}/\p{Ll}{1,5}(?:\s*\([^()]*\))?$`)
	// The footer blog software adds to each feed item: "The post <its
	// title> appeared first on <the site>." It repeats the headline, whose
	// actors and verb then made an event of the footer.
	// The site's name ends it: a comma or semicolon after it is a sentence.
	feedFooterRE = lazyRegexp(`^the (?:post|article|entry) .+ (?:appeared first on|was first published on) [^,;]{1,80}$`)
	copyrightRE  = lazyRegexp(`\bcopyright\s*(?:©|\(c\)|\d{4})`)
	// End marks press releases and wires use.
	endMarkRE = lazyRegexp(`(?i)^(?:-+\s*)?(?:ends?|###|-30-|xxx)(?:\s*-+)?$`)
	// The agency in a dateline: "CITY, Region (Agency) - text".
	datelineRE = lazyRegexp(`^(\p{Lu}{2,}[\p{L} ,.'-]{0,60}?)\s*\(\s*\p{Lu}[\p{L}.&' /,]{1,40}\)\s*([-–—:]+)\s+`)

	priceRE = lazyRegexp(`[$€£¥₹₩₽₺₦₱]\s?\d|\d\s?[$€£¥₹₩₽₺₦₱]|\b(?:rs\.?|inr|usd|eur|gbp|aud|cad)\s?\d|\d[\d.,]*\s?(?:usd|eur|gbp|inr)\b`)
	rateRE  = lazyRegexp(`/\s?(?:month|mo|year|yr|week|wk|day)\b|\bper (?:month|year|week|day|issue)\b|\b(?:monthly|yearly|annually)\b`)
	spanRE  = lazyRegexp(`^(?:\d+|one|two|three|six|twelve)\s+(?:days?|weeks?|months?|years?)$`)
)

func isSignOff(v *vocab, line, bare string, words int) bool {
	if words > 25 {
		return false // every sign-off form is short; spare long paragraphs the patterns
	}
	switch {
	case dashAgencyRE().MatchString(line) && words <= 4,
		parenAgencyRE().MatchString(line),
		initialsRE().MatchString(line),
		endMarkRE().MatchString(line):
		return true
	}
	return hasPrefixPhrase(strings.TrimLeft(bare, "("), v.credit)
}

// isPriceLine reports a line made of a price, a rate or a plan's length, with
// at most one other word ("Only $4 a month", "₹300/Month", "2 Years").
func isPriceLine(norm string) bool {
	if spanRE().MatchString(strings.Trim(norm, " .:")) {
		return true
	}
	if !hasPrice(norm) && !rateRE().MatchString(norm) {
		return false
	}
	rest := rateRE().ReplaceAllString(norm, " ")
	other := 0
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ".,:;!?()[]-–—/|*")
		if w == "" || w == "a" || w == "per" || w == "or" || w == "for" || strings.ContainsFunc(w, unicode.IsDigit) {
			continue
		}
		other++
	}
	return other <= 1
}

func hasPrice(norm string) bool { return priceRE().MatchString(norm) }

// isShareBar reports a short line of share words naming at least one network
// or way to share ("Share this story: Facebook Email").
func isShareBar(v *vocab, norm string, words int) bool {
	if words > 8 {
		return false
	}
	ws := strings.FieldsFunc(norm, notWordRune)
	platform := false
	for _, w := range ws {
		if !v.share[w] {
			return false
		}
		platform = platform || v.platform[w]
	}
	return platform
}

// isMenu reports a line of three or more short items between separators
// ("Home | World | Sport", "News › Europe › Politics").
func isMenu(line string) bool {
	items := strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("|•·»›", r) })
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 4 || utf8.RuneCountInString(it) > 40 || endsSentence(it) {
			return false
		}
	}
	return true
}

// isCookieNotice wants two cues beside the word itself, so that news about
// a cookie maker is not taken for a notice.
func isCookieNotice(v *vocab, norm string) bool {
	if !containsPhrase(norm, []string{"cookie", "cookies"}) {
		return false
	}
	cues := 0
	for _, p := range v.cookie {
		if containsPhrase(norm, []string{p}) {
			cues++
		}
	}
	if addresses(v, norm) {
		cues++
	}
	return cues >= 2
}

// addresses reports whether norm speaks to the reader ("your", "our").
func addresses(v *vocab, norm string) bool {
	for _, w := range strings.FieldsFunc(norm, notWordRune) {
		if v.address[w] {
			return true
		}
	}
	return false
}

// labelForm reduces a line to the label it might be: "Comments (12)" and
// "» Related:" become "comments" and "related".
func labelForm(norm string) string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, norm)
	s = strings.ReplaceAll(s, "()", "")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || isBullet(r)
	})
}

// stripDatelineAgency removes the agency from a dateline and keeps the
// place: "CITY (Agency) - Text" becomes "CITY - Text".
func stripDatelineAgency(s string) string {
	m := datelineRE().FindStringSubmatchIndex(s)
	if m == nil || m[1] == len(s) {
		return s
	}
	return s[m[2]:m[3]] + " " + s[m[4]:m[5]] + " " + s[m[1]:]
}

// hasPrefixPhrase reports whether s starts with one of phrases followed by a
// word boundary.
func hasPrefixPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.HasPrefix(s, p) && boundaryAt(s, len(p)) {
			return true
		}
	}
	return false
}

// hasSuffixPhrase reports whether s ends with one of phrases, after a word
// boundary, trailing arrows and punctuation aside ("... Sign up →").
func hasSuffixPhrase(s string, phrases []string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsSymbol(r) || r == ':' || isBullet(r) })
	for _, p := range phrases {
		if strings.HasSuffix(s, p) && (len(s) == len(p) || boundaryBefore(s, len(s)-len(p))) {
			return true
		}
	}
	return false
}

func isWordy(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// containsPhrase reports whether s contains one of phrases as whole words.
func containsPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		for off := 0; ; {
			i := strings.Index(s[off:], p)
			if i < 0 {
				break
			}
			i += off
			if boundaryAt(s, i+len(p)) && (i == 0 || boundaryBefore(s, i)) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

func boundaryAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return notWordRune(r)
}

func boundaryBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return notWordRune(r)
}

// notWordRune splits words; hyphens and apostrophes stay inside them
// ("ad-free", "you're"), and © counts as a word.
func notWordRune(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '©')
}

func isBullet(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("•·*-–—>»›→▶►■□●○◆◇✓|", r)
}

// endsSentence reports whether s ends as a sentence does, closing quotes and
// brackets aside.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// fold lower-cases s and straightens its quotes and spaces, so that the
// vocabulary matches however a site typesets it.
func fold(s string) string {
	return strings.ToLower(quoteFolder.Replace(s))
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ", "‐", "-", "‑", "-")

// collapseSpace trims s and turns each run of white space into one space.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
