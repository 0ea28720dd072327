package export

// AppendLiteralForTest exposes appendLiteral to the external tests.
var AppendLiteralForTest = func(b []byte, s string) []byte { return appendLiteral(b, s, "") }
