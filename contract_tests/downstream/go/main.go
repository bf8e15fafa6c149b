// A Go consumer of the exported specs (`tox -e downstream-go`, scripts/downstream.py --go).
//
// openapi-generator turns onet.json and careeronestop.json into the packages dolsdk/onet and
// dolsdk/careeronestop; scripts/downstream.py writes checks_gen.go beside this file, one check per fixture
// body, naming the generated struct the body's operation answers with. Every body must unmarshal into it:
// the generated UnmarshalJSON rejects a missing required property or a value of the wrong JSON type.
package main

import (
	"fmt"
	"os"
)

// check decodes one fixture body into the struct its operation declares.
type check struct {
	file   string
	target string
	decode func(data []byte) error
}

func main() {
	failed := 0
	for _, c := range checks {
		data, err := os.ReadFile(c.file)
		if err == nil {
			err = c.decode(data)
		}
		if err != nil {
			failed++
			fmt.Printf("FAIL %s into %s: %v\n", c.file, c.target, err)
		}
	}
	if canaryErr := canary(); canaryErr != nil {
		failed++
		fmt.Printf("FAIL canary: %v\n", canaryErr)
	}
	fmt.Printf("%d fixture bodies checked, %d failed\n", len(checks), failed)
	if failed > 0 {
		os.Exit(1)
	}
}
