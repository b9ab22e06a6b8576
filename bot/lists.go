package bot

import "slices"

// appendNew appends to list the items it does not hold yet, in order.
func appendNew(list []string, items ...string) []string {
	for _, s := range items {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}
