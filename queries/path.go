package queries

import (
	"encoding/json"
	"fmt"
)

// pathChains are the chains path.dql may find, shortest first, each as the
// blocks that hold its nodes from one end to the other.
var pathChains = [][]string{
	{"a", "l2", "b"},
	{"a", "l4a", "m4", "l4b", "b"},
	{"a", "l6a", "x6", "m6", "y6", "l6b", "b"},
}

// orderPath turns the answer of path.dql into the chain it describes: the
// shortest chain whose every part was found, its nodes in order from $a to
// $b in "path" (empty when none is found), and nothing else. Dgraph's own
// shortest-path search, which gave this order by itself, walks all that
// hubs reach; the query meets in the middle instead and says which node
// plays which part.
func orderPath(data json.RawMessage) (json.RawMessage, error) {
	var blocks map[string][]map[string]any
	if err := json.Unmarshal(data, &blocks); err != nil {
		return nil, fmt.Errorf("query path: decode result: %w", err)
	}
	byUID := map[string]map[string]any{}
	for _, n := range blocks["path"] {
		if uid, ok := n["uid"].(string); ok {
			byUID[uid] = n
		}
	}
	path := []map[string]any{}
chains:
	for _, chain := range pathChains {
		var nodes []map[string]any
		for _, part := range chain {
			b := blocks[part]
			if len(b) == 0 {
				continue chains
			}
			uid, _ := b[0]["uid"].(string)
			n, ok := byUID[uid]
			if !ok {
				continue chains
			}
			nodes = append(nodes, n)
		}
		path = nodes
		break
	}
	return json.Marshal(map[string]any{"path": path})
}
