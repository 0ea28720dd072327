package extract

// refusalCode is how CAMEO codes a cooperative or yielding act that the
// actor says it will not do or did not do: "France will not lift the ban"
// is a refusal to ease sanctions (1241), "Israel will not release the
// prisoners" a refusal to release persons (1243), "refused to meet" a
// rejected proposal to meet (125). The refusal is the event, asserted; the
// act itself did not happen. ok is false for acts whose denial is no
// refusal (statements, demands, threats, force: "did not attack" is
// nothing done).
func refusalCode(code string) (string, bool) {
	switch code[:2] {
	case "03", "05":
		return "120", true
	case "04":
		return "125", true
	case "06":
		return "121", true
	case "07":
		return "122", true
	case "08":
		switch {
		case len(code) >= 3 && code[:3] == "081":
			return "1241", true
		case len(code) >= 3 && code[:3] == "084":
			return "1243", true
		case len(code) >= 3 && code[:3] == "085":
			return "1244", true
		case len(code) >= 3 && code[:3] == "087":
			return "1246", true
		}
		return "124", true
	}
	return "", false
}
