package extract

// touch records that r was just named: of the persons holding a title, the
// one named last is the one a bare title refers to (see personByTitle).
func (b *builder) touch(r *entRef) {
	if r == nil {
		return
	}
	if b.lastNamed == nil {
		b.lastNamed = map[*entRef]int{}
	}
	b.named++
	b.lastNamed[r] = b.named
}
