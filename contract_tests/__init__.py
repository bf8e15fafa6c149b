"""The contract suite proper: recorded fixtures, their authoring tool and the tests that replay them."""
