package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dgraph's JSON mutation reads a string value that starts with uid( or val(
// (after dropping whitespace) as a reference to a query variable, not as
// text: a headline "uid(n0)" would link the title to a node and one
// starting with "val(" would vanish. There is no escape for it in JSON, so
// such values travel as N-Quad literals in the same mutation, where a
// quoted string is always text (see splitVariableLike).

// variableLike reports whether Dgraph's JSON parser would take s for a
// variable. It is generous (any case, any whitespace): sending an innocent
// value as an N-Quad costs nothing.
func variableLike(s string) bool {
	t := strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s))
	return strings.HasPrefix(t, "uid(") || strings.HasPrefix(t, "val(")
}

// splitVariableLike returns objs without the string values Dgraph would
// misread, and those values as N-Quads on the same upsert variables
// (the objects' uid subjects: uid(n<i>), _:n<i> or a uid). objs are not modified; an object that loses a value
// is copied.
func splitVariableLike(objs []map[string]any) ([]map[string]any, []byte) {
	var nq strings.Builder
	out := objs
	copied := false
	for i, obj := range objs {
		subj, _ := obj["uid"].(string)
		if strings.HasPrefix(subj, "0x") {
			subj = "<" + subj + ">" // a uid; blank nodes (_:n1) are written as they are
		}
		var keys []string
		for k, v := range obj {
			switch v := v.(type) {
			case string:
				if k != "uid" && variableLike(v) {
					keys = append(keys, k)
				}
			case []string:
				for _, s := range v {
					if variableLike(s) {
						keys = append(keys, k)
						break
					}
				}
			}
		}
		if len(keys) == 0 {
			continue
		}
		if !copied {
			out = append([]map[string]any(nil), objs...)
			copied = true
		}
		sort.Strings(keys) // a stable request, for reading and for tests
		o := make(map[string]any, len(obj))
		for k, v := range obj {
			o[k] = v
		}
		for _, k := range keys {
			switch v := o[k].(type) {
			case string:
				writeNQuad(&nq, subj, k, v)
				delete(o, k)
			case []string:
				var keep []string
				for _, s := range v {
					if variableLike(s) {
						writeNQuad(&nq, subj, k, s)
					} else {
						keep = append(keep, s)
					}
				}
				if len(keep) == 0 {
					delete(o, k)
				} else {
					o[k] = keep
				}
			}
		}
		out[i] = o
	}
	if nq.Len() == 0 {
		return objs, nil
	}
	return out, []byte(nq.String())
}

// writeNQuad writes `subj <pred> "value" .` with value escaped as an N-Quad
// string literal.
func writeNQuad(b *strings.Builder, subj, pred, value string) {
	b.WriteString(subj)
	b.WriteString(" <")
	b.WriteString(pred)
	b.WriteString("> ")
	b.WriteString(quoteLiteral(value))
	b.WriteString(" .\n")
}

// quoteLiteral quotes s as an N-Quad string literal: the escapes RDF knows
// (\" \\ \n \r \t \b \f) and \uXXXX for the other control characters. JSON
// encoding replaces invalid UTF-8 with U+FFFD; so does this, so a value reads
// back the same whichever way it travelled.
func quoteLiteral(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// maxIDBytes is the longest article id kept as it is inside xids. Dgraph
// refuses index keys of about 64 KB, and an article id is repeated in the
// xid of every report of the article; ids longer than this (a JSONL id or
// url of 100 KB) are replaced by their SHA-256, the original kept on the
// Article node (source_id). Real ids (urls, feed guids, text hashes) are far
// shorter.
const maxIDBytes = 512

// articleKey is the form of an article id used inside xids: the id itself,
// or "sha256:<hex>" of it when it is longer than maxIDBytes.
func articleKey(id string) string {
	if len(id) <= maxIDBytes {
		return id
	}
	sum := sha256.Sum256([]byte(id))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// maxShown is how much of a value an error message quotes.
const maxShown = 120

// maxMessage is how much of Dgraph's own error message is kept.
const maxMessage = 400

// clip shortens s for an error message: the first maxShown bytes (cut on a
// rune boundary) and how long it was.
func clip(s string) string { return clipN(s, maxShown) }

func clipN(s string, max int) string {
	if len(s) <= max {
		return s
	}
	n := max
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return fmt.Sprintf("%s…(%d bytes)", s[:n], len(s))
}
