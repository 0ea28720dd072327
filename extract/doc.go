// Package extract turns the text of one news article into a Document: the
// actors, agreements and locations it names (entities), what they did to each
// other (events coded in CAMEO and PLOVER) and how they stand to each other
// (relations such as roles and memberships).
//
// extract is pure: it performs no I/O beyond reading its embedded
// dictionaries, knows nothing of Dgraph and never touches the network. The
// same input always gives the same Document, byte for byte once encoded.
package extract
