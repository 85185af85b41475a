module github.com/ahp-careers/ahp-careers

go 1.26

require github.com/BurntSushi/toml v1.5.0
