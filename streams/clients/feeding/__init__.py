"""Reading crawler output into NewsItems and publishing them to the news topic."""
