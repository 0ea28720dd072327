package extract

import "testing"

// TestItMainSubject: a sentence-opening "It" goes back to the body that is
// the main clause's subject of the sentence before (or the owner of the
// possessive that opens it), not to a body named inside that sentence's
// complement; an unnamed body subject ("The committee said ...") gives it
// none, and a person subject leaves it to the complement's body. Texts
// written for the test.
func TestItMainSubject(t *testing.T) {
	x := newTestExtractor(t)
	checkSourceNever(t, x, []sourceNeverCase{
		{
			name:   "main subject over the body of an although-clause",
			text:   "HSBC said although its profits were rising, Gazprom still owed the bank money. It also criticised the Russian government for its tax demands.",
			source: "org:hsbc",
			never:  "org:gazprom",
		},
		{
			name:   "an IGO main subject",
			text:   "The World Bank said although aid was rising, the African Union still had no common plan. It also criticised the Kenyan government for its spending.",
			source: "org:world-bank",
			never:  "org:african-union",
		},
		{
			name:  "an unnamed committee gives it no actor",
			text:  "Ministers have promised reforms. The committee said the Audit Commission should look into the failures. It blamed the ministry's senior officials for the delays.",
			never: "org:audit-commission",
		},
		{
			name:   "the owner of an opening possessive",
			text:   "Nokia reported higher sales in Europe. Vodafone's net profit fell 10% in 2004. It criticised the German government for its tax demands.",
			source: "org:vodafone",
			never:  "org:nokia",
		},
		{
			name:   "the owner of a possessive before a that-clause's body",
			text:   "Nokia reported higher sales in Europe. The Finnish government's case was that Vodafone owed more tax. It accused the firm of hiding profits.",
			source: "org:fin-government",
			never:  "org:vodafone",
		},
		{
			name:  "a country that only opens a firm's name is no antecedent",
			text:  "Pilots at Canada Freightways walked out on Monday. Canada Freightways is in bankruptcy protection and battling to cut costs. It is also trying to negotiate pay cuts with its drivers.",
			never: "country:CAN",
		},
		{
			name:   "a person main subject leaves it to the complement's body",
			text:   "Mr Jonas Berg said Siemens would cut 500 jobs. It also criticised the German government for its energy prices.",
			source: "org:siemens",
		},
	})
}
